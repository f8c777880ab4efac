package dev.healthcheck.runtime.http.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP binding answers, spoken to over real HTTP. Shipped in the runtime's test jar, so
 * that the runtime's own JDK handlers and the servlet module's containers run the same contract. Each server has one small subclass
 * that mounts the fixture's checker at {@code /healthcheck} with a details policy, its dump at
 * {@code /environment} and its overflowing checker at {@code /overflowing}.
 */
public abstract class HttpBindingContractTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Fixture fixture = new Fixture();
  private URI base;

  /**
   * Starts the server on a free loopback port, serving the fixture's checker at {@code /healthcheck}
   * and its dump at {@code /environment}, both with the policy, and its overflowing checker at
   * {@code /overflowing}, and returns its base URI ({@code http://127.0.0.1:port}).
   */
  protected abstract URI start(Fixture fixture, Details details) throws Exception;

  /** Stops what {@link #start} started. */
  protected abstract void stop() throws Exception;

  @AfterEach
  void stopServer() throws Exception {
    if (base != null) {
      stop();
    }
  }

  private void serve(Details details) throws Exception {
    base = start(fixture, details);
  }

  // --- status codes, groups and single checks

  @Test
  void failingCheckMakesAllChecks500() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck");
    assertEquals(500, response.statusCode());
    assertJsonHeaders(response, "application/json");
    JsonNode body = json(response);
    assertEquals("failure", body.get("status").asText());
    assertEquals(List.of("db", "cache", "mail"), checkers(body));
  }

  @Test
  void healthyGroupIs200() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck/readiness");
    assertEquals(200, response.statusCode());
    assertJsonHeaders(response, "application/json");
    JsonNode body = json(response);
    assertEquals("success", body.get("status").asText());
    assertEquals(List.of("db", "cache"), checkers(body));
  }

  @Test
  void singleCheckByName() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck/mail");
    assertEquals(500, response.statusCode());
    JsonNode body = json(response);
    assertEquals(List.of("mail"), checkers(body));
    assertEquals("mail server refused: 554", body.get("results").get(0).get("output").asText());
  }

  @Test
  void trailingSlashIsTheEndpointItself() throws Exception {
    serve(Details.ALWAYS);
    assertEquals(List.of("db", "cache", "mail"), checkers(json(get("/healthcheck/"))));
  }

  @Test
  void unknownNameIs404WithJsonError() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck/zzz");
    assertEquals(404, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("no check or group named 'zzz'", json(response).get("error").asText());
  }

  @Test
  void deeperPathIs404WithJsonError() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck/readiness/db");
    assertEquals(404, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertTrue(json(response).get("error").asText().startsWith("no such path '/readiness/db'"));
  }

  // --- methods

  @Test
  void headAnswersLikeGetWithoutBody() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> failing = send("HEAD", "/healthcheck");
    assertEquals(500, failing.statusCode());
    assertJsonHeaders(failing, "application/json");
    assertEquals("", bytesAfterHeaders("HEAD", "/healthcheck"));

    HttpResponse<String> healthy = send("HEAD", "/healthcheck/readiness");
    assertEquals(200, healthy.statusCode());
    assertJsonHeaders(healthy, "application/json");
    assertEquals("", bytesAfterHeaders("HEAD", "/healthcheck/readiness"));
  }

  @Test
  void headSendsTheLengthGetWould() throws Exception {
    serve(Details.NEVER); // a status-only body has the same length on every call
    HttpResponse<String> get = get("/healthcheck");
    HttpResponse<String> head = send("HEAD", "/healthcheck");
    assertEquals(
        Optional.of(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length)),
        get.headers().firstValue("Content-Length"));
    assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
    assertEquals(get.body(), bytesAfterHeaders("GET", "/healthcheck"), "the raw read sees a body");
    assertEquals("", bytesAfterHeaders("HEAD", "/healthcheck"));
  }

  @Test
  void headOfUnknownNameIs404WithoutBody() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = send("HEAD", "/healthcheck/zzz");
    assertEquals(404, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("", bytesAfterHeaders("HEAD", "/healthcheck/zzz"));
  }

  @Test
  void otherMethodsAre405WithAllow() throws Exception {
    serve(Details.ALWAYS);
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> response = send(method, "/healthcheck/readiness");
      assertEquals(405, response.statusCode(), method);
      assertJsonHeaders(response, "application/json");
      assertEquals(Optional.of("GET, HEAD"), response.headers().firstValue("Allow"), method);
      assertEquals(
          "method " + method + " is not allowed; use GET or HEAD", json(response).get("error").asText());
    }
    assertEquals(0, fixture.dbRuns.get(), "a refused method runs no check");
  }

  // --- ?check= and ?exclude=

  @Test
  void checkParameterRunsOnlyTheNamedChecks() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck?check=db");
    assertEquals(200, response.statusCode());
    assertEquals(List.of("db"), checkers(json(response)));
    assertEquals(List.of("db", "cache"), checkers(json(get("/healthcheck?check=db&check=cache"))));
    assertEquals(List.of("db", "cache"), checkers(json(get("/healthcheck?check=cache,db"))));
  }

  @Test
  void excludeParameterLeavesChecksOut() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck?exclude=mail");
    assertEquals(200, response.statusCode());
    assertEquals(List.of("db", "cache"), checkers(json(response)));
    assertEquals(List.of("db"), checkers(json(get("/healthcheck/readiness?exclude=cache"))));
    assertEquals(List.of("cache"), checkers(json(get("/healthcheck?exclude=db&exclude=mail"))));
  }

  @Test
  void unknownCheckParameterIs404() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck?exclude=zzz");
    assertEquals(404, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("no check named 'zzz' (given as ?exclude=zzz)", json(response).get("error").asText());
  }

  @Test
  void queryThatIsNotUtf8Is400() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck?check=%C3%28");
    assertEquals(400, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertTrue(json(response).get("error").asText().contains("not valid UTF-8"));
  }

  @Test
  void unknownParametersAreIgnored() throws Exception {
    serve(Details.ALWAYS);
    assertEquals(200, get("/healthcheck/readiness?_=1712345678").statusCode());
  }

  // --- formats

  @Test
  void acceptHealthJsonGetsHealthJson() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/healthcheck", "Accept", "application/health+json");
    assertEquals(500, response.statusCode());
    assertJsonHeaders(response, "application/health+json");
    JsonNode body = json(response);
    assertEquals("fail", body.get("status").asText());
    assertEquals("fail", body.get("checks").get("mail").get(0).get("status").asText());
    assertEquals("pass", body.get("checks").get("db").get(0).get("status").asText());
  }

  @Test
  void acceptJsonOrAnythingGetsPyHealthcheckJson() throws Exception {
    serve(Details.ALWAYS);
    for (String accept : List.of("application/json", "*/*", "application/json, text/html", "text/plain")) {
      HttpResponse<String> response = get("/healthcheck/readiness", "Accept", accept);
      assertJsonHeaders(response, "application/json");
      assertEquals("success", json(response).get("status").asText(), accept);
    }
  }

  // --- the HTML status page

  static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Test
  void browserGetsTheHtmlPageWithTheSameStatus() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> failing = get("/healthcheck", "Accept", BROWSER_ACCEPT);
    assertEquals(500, failing.statusCode());
    assertHtmlHeaders(failing);
    assertTrue(failing.body().startsWith("<!DOCTYPE html>"), failing.body());
    assertTrue(failing.body().contains("mail server refused: 554"), failing.body());
    HttpResponse<String> healthy = get("/healthcheck/readiness", "Accept", BROWSER_ACCEPT);
    assertEquals(200, healthy.statusCode());
    assertHtmlHeaders(healthy);
    assertTrue(healthy.body().contains(">success<"), healthy.body());
  }

  @Test
  void formatParameterChoosesHtmlOrJson() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> html = get("/healthcheck/readiness?format=html");
    assertEquals(200, html.statusCode());
    assertHtmlHeaders(html);
    HttpResponse<String> json = get("/healthcheck/readiness?format=json", "Accept", BROWSER_ACCEPT);
    assertJsonHeaders(json, "application/json");
    assertEquals("success", json(json).get("status").asText());
    HttpResponse<String> unknown = get("/healthcheck?format=xml");
    assertEquals(400, unknown.statusCode());
    assertJsonHeaders(unknown, "application/json");
  }

  @Test
  void htmlPageWithoutDetailsShowsNoCheck() throws Exception {
    serve(Details.NEVER);
    HttpResponse<String> response = get("/healthcheck?format=html");
    assertEquals(500, response.statusCode());
    assertHtmlHeaders(response);
    assertTrue(response.body().contains(">failure<"), response.body());
    assertFalse(response.body().contains("mail"), response.body());
  }

  static void assertHtmlHeaders(HttpResponse<String> response) {
    // Containers write the parameter their own way (text/html;charset=UTF-8): the same type.
    assertEquals("text/html;charset=utf-8",
        response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT));
    assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
  }

  @Test
  void malformedAcceptHeadersGetJsonAndLogNoStackTrace() throws Exception {
    serve(Details.ALWAYS);
    List<String> accepts = new ArrayList<>(List.of(";", ",", ";;,;", " ; q=1", "application/health+json;q=NaN",
        "application/health+json;q=1e999", "*/*;q=", "text/html;q=0x1", "=;=,=", "application/json;;;q=;"));
    long seed = 11L;
    Random random = new Random(seed);
    String alphabet = ";,=q/ *+.-019aehjlnopstx\t\"\\";
    for (int i = 0; i < 40; i++) {
      StringBuilder accept = new StringBuilder("a");
      for (int j = random.nextInt(30); j > 0; j--) {
        accept.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      accepts.add(accept.toString());
    }
    try (LogCapture logs = LogCapture.start()) {
      for (String accept : accepts) {
        HttpResponse<String> response = get("/healthcheck/readiness", "Accept", accept);
        assertEquals(200, response.statusCode(), "seed " + seed + ", Accept: " + accept);
        assertEquals("success", json(response).get("status").asText(), accept);
      }
      assertEquals(List.of(), logs.stackTraces(), "a client's header is no reason for a stack trace");
    }
  }

  // --- caching

  @Test
  void secondRequestIsServedFromTheCache() throws Exception {
    serve(Details.ALWAYS);
    JsonNode first = json(get("/healthcheck/db")).get("results").get(0);
    JsonNode second = json(get("/healthcheck/db")).get("results").get(0);
    assertEquals(1, fixture.dbRuns.get());
    assertEquals(first, second, "the cached result keeps its own output and timestamps");
  }

  // --- details

  @Test
  void noDetailsGivesStatusAloneWithTheSameCode() throws Exception {
    serve(Details.NEVER);
    HttpResponse<String> failing = get("/healthcheck");
    assertEquals(500, failing.statusCode());
    assertJsonHeaders(failing, "application/json");
    assertEquals(JSON.readTree("{\"status\": \"failure\"}"), json(failing));

    HttpResponse<String> healthy = get("/healthcheck/readiness");
    assertEquals(200, healthy.statusCode());
    assertEquals(JSON.readTree("{\"status\": \"success\"}"), json(healthy));

    HttpResponse<String> healthJson = get("/healthcheck", "Accept", "application/health+json");
    assertJsonHeaders(healthJson, "application/health+json");
    assertEquals(JSON.readTree("{\"status\": \"fail\"}"), json(healthJson));
  }

  @Test
  void roleSeesDetailsOthersTheStatus() throws Exception {
    serve(Details.OPS);
    HttpResponse<String> ops = get("/healthcheck", "X-Role", "ops");
    assertEquals(500, ops.statusCode());
    assertEquals(List.of("db", "cache", "mail"), checkers(json(ops)));

    HttpResponse<String> guest = get("/healthcheck", "X-Role", "guest");
    assertEquals(500, guest.statusCode());
    assertEquals(JSON.readTree("{\"status\": \"failure\"}"), json(guest));

    HttpResponse<String> anonymous = get("/healthcheck/readiness");
    assertEquals(200, anonymous.statusCode());
    assertEquals(JSON.readTree("{\"status\": \"success\"}"), json(anonymous));
  }

  @Test
  void policyThatThrowsShowsNoDetails() throws Exception {
    serve(Details.BROKEN);
    HttpResponse<String> health = get("/healthcheck/readiness", "X-Role", "ops");
    assertEquals(200, health.statusCode());
    assertEquals(JSON.readTree("{\"status\": \"success\"}"), json(health));
    assertEquals(403, get("/environment", "X-Role", "ops").statusCode());
  }

  @Test
  void policyFailingWithAnErrorShowsNoDetails() throws Exception {
    serve(Details.ERROR);
    HttpResponse<String> health = get("/healthcheck/readiness", "X-Role", "ops");
    assertEquals(200, health.statusCode());
    assertJsonHeaders(health, "application/json");
    assertEquals(JSON.readTree("{\"status\": \"success\"}"), json(health));
    HttpResponse<String> environment = get("/environment", "X-Role", "ops");
    assertEquals(403, environment.statusCode());
    assertJsonHeaders(environment, "application/json");
  }

  @Test
  void policyOverflowingTheStackShowsNoDetailsAndTheServerGoesOn() throws Exception {
    serve(Details.OVERFLOW);
    for (int i = 0; i < 2; i++) { // the error is rethrown once answered: the server must survive it
      HttpResponse<String> health = get("/healthcheck/readiness", "X-Role", "ops");
      assertEquals(200, health.statusCode());
      assertJsonHeaders(health, "application/json");
      assertEquals(JSON.readTree("{\"status\": \"success\"}"), json(health));
      HttpResponse<String> environment = get("/environment", "X-Role", "ops");
      assertEquals(403, environment.statusCode());
      assertEquals("the environment is not shown to this caller", json(environment).get("error").asText());
    }
  }

  @Test
  void endpointOverflowingTheStackIs500WithJson() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/overflowing");
    assertEquals(500, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("the health endpoint failed; see the service's log", json(response).get("error").asText());
    assertEquals(200, get("/healthcheck/readiness").statusCode(), "the server still serves");
  }

  // --- the environment

  @Test
  void environmentIs200WithTheScrubbedDump() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/environment");
    assertEquals(200, response.statusCode());
    assertJsonHeaders(response, "application/json");
    JsonNode body = json(response);
    assertEquals(List.of("java", "process", "application"), fieldNames(body));
    assertEquals("ops@example.com", body.get("application").get("maintainer").asText());
    assertEquals("********", body.get("application").get("api_token").asText());
  }

  @Test
  void environmentHeadHasNoBody() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = send("HEAD", "/environment");
    assertEquals(200, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("", bytesAfterHeaders("HEAD", "/environment"));
  }

  @Test
  void environmentRefusesOtherMethodsWith405() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = send("POST", "/environment");
    assertEquals(405, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals(Optional.of("GET, HEAD"), response.headers().firstValue("Allow"));
  }

  @Test
  void pathBelowEnvironmentIs404() throws Exception {
    serve(Details.ALWAYS);
    HttpResponse<String> response = get("/environment/java");
    assertEquals(404, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertTrue(json(response).get("error").asText().startsWith("no such path '/java'"));
  }

  @Test
  void environmentWithoutDetailsIs403() throws Exception {
    serve(Details.NEVER);
    HttpResponse<String> response = get("/environment");
    assertEquals(403, response.statusCode());
    assertJsonHeaders(response, "application/json");
    assertEquals("the environment is not shown to this caller", json(response).get("error").asText());
    assertEquals(403, send("HEAD", "/environment").statusCode());
  }

  @Test
  void environmentOnlyForTheRole() throws Exception {
    serve(Details.OPS);
    assertEquals(200, get("/environment", "X-Role", "ops").statusCode());
    assertEquals(403, get("/environment", "X-Role", "guest").statusCode());
    assertEquals(403, get("/environment").statusCode());
  }

  // --- helpers

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    return send("GET", path, headers);
  }

  HttpResponse<String> send(String method, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).method(method, BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  /**
   * What the server sends after the header block, read over a raw socket to the end of the
   * connection: {@code java.net.http} never hands over a body for {@code HEAD}, whatever the wire
   * carried.
   */
  String bytesAfterHeaders(String method, String path) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String request = method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String received = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = received.indexOf("\r\n\r\n");
      assertTrue(received.startsWith("HTTP/1.1 ") && end > 0, received);
      return received.substring(end + 4);
    }
  }

  static void assertJsonHeaders(HttpResponse<String> response, String contentType) {
    assertEquals(Optional.of(contentType), response.headers().firstValue("Content-Type"));
    assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static List<String> fieldNames(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> checkers(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("results").forEach(result -> names.add(result.get("checker").asText()));
    return names;
  }
}
