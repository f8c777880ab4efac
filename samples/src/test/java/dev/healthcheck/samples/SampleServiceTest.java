package dev.healthcheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample as a user runs it: its main class's server on a free port, the servlets the processor
 * generated mounted by class, spoken to over HTTP.
 */
class SampleServiceTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The payments database's port: bound, so nothing else can take it while the tests run, and
   * never listening, so a connection to it is refused at once.
   */
  private static Socket closedPort;

  private static Server server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    closedPort = new Socket();
    closedPort.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    // Configured as a user configures it: -Dpayments.db=host:port
    System.setProperty(
        "payments.db", closedPort.getLocalAddress().getHostAddress() + ":" + closedPort.getLocalPort());
    server = SampleService.start("localhost", 0);
    base = URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    closedPort.close();
    System.clearProperty("payments.db");
    System.clearProperty("port");
  }

  @Test
  void pathsJettyRefusesGetJsonThatNamesNoServer() throws Exception {
    for (String path : List.of("/healthcheck/%2e%2e", "/healthcheck/%00", "//readiness", "/healthcheck/..%2f..",
        "/nothing-here", "/healthcheck/%C0%AF", "/%2e%2e/environment")) {
      String answer = rawGet(path);
      int headersEnd = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, headersEnd).toLowerCase(Locale.ROOT);
      String body = answer.substring(headersEnd + 4);
      assertTrue(head.startsWith("http/1.1 4"), path + ": " + head);
      assertFalse(head.contains("jetty"), path + ": " + head);
      assertTrue(head.contains("content-type: application/json"), path + ": " + head);
      assertTrue(JSON.readTree(body).get("error").isTextual(), path + ": " + body);
      assertFalse(body.toLowerCase(Locale.ROOT).contains("jetty"), path + ": " + body);
    }
    HttpResponse<String> healthy = get("/healthcheck/liveness");
    assertEquals(Optional.empty(), healthy.headers().firstValue("Server"));
  }

  /** The whole answer to a GET of {@code path} exactly as written, read over a raw socket. */
  private static String rawGet(String path) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void healthcheckReportsTheMissingDatabase() throws Exception {
    HttpResponse<String> response = get("/healthcheck");
    assertEquals(500, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    JsonNode body = JSON.readTree(response.body());
    assertEquals("failure", body.get("status").asText());
    Map<String, JsonNode> results = byChecker(body);
    assertEquals(
        Set.of("inventoryApi", "paymentsDatabase", "heap", "diskSpace"), results.keySet());
    assertEquals(false, results.get("paymentsDatabase").get("passed").asBoolean());
    // After the address, the operating system's words: only the built-in's own are certain.
    String output = results.get("paymentsDatabase").get("output").asText();
    String database = closedPort.getLocalAddress().getHostAddress() + ":" + closedPort.getLocalPort();
    assertTrue(output.startsWith("TCP " + database + ": "), output);
    assertTrue(results.get("inventoryApi").get("passed").asBoolean());
    String inventory = results.get("inventoryApi").get("output").asText();
    assertTrue(inventory.matches("GET http://localhost:\\d+/inventory/health answered 200 in \\d+ ms"), inventory);
    assertTrue(results.get("heap").get("passed").asBoolean());
    assertTrue(results.get("heap").get("output").asText().contains("maximum 90%"));
    assertTrue(results.get("diskSpace").get("passed").asBoolean());
    assertTrue(results.get("diskSpace").get("output").asText().contains("(minimum 100.0 MiB)"));
  }

  @Test
  void probeGroupsAreHealthy() throws Exception {
    assertEquals(Map.of("inventoryApi", true, "diskSpace", true), passed(get("/healthcheck/readiness")));
    assertEquals(Map.of("heap", true), passed(get("/healthcheck/liveness")));
    assertEquals(Map.of("inventoryApi", true, "heap", true), passed(get("/healthcheck/startup")));
  }

  @Test
  void eachServiceChecksItsOwnStandInFromTheFirstRequest() throws Exception {
    Server second = SampleService.start("localhost", 0);
    try {
      int port = ((ServerConnector) second.getConnectors()[0]).getLocalPort();
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/healthcheck/inventoryApi")).build(),
              BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      String output = byChecker(JSON.readTree(response.body())).get("inventoryApi").get("output").asText();
      assertTrue(
          output.matches("GET http://localhost:" + port + "/inventory/health answered 200 in \\d+ ms"), output);
    } finally {
      second.stop();
    }
  }

  @Test
  void environmentHasTheApplicationSectionScrubbed() throws Exception {
    HttpResponse<String> response = get("/environment");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    JsonNode body = JSON.readTree(response.body());
    for (String section : new String[] {"os", "java", "process", "application"}) {
      assertTrue(body.has(section), section);
    }
    JsonNode application = body.get("application");
    assertEquals("catalog", application.get("name").asText());
    assertEquals("postgres://********@localhost:5432/payments", application.get("payments_db").asText());
  }

  @Test
  void metricsShowTheChecksBesideTheJvm() throws Exception {
    // The gauges only read results: a check shows once a probe has run it, and once the binder,
    // on the listeners' thread, has heard of that run.
    get("/healthcheck");
    HttpResponse<String> response = get("/metrics");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (statusLines(response) < 4 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      response = get("/metrics");
    }
    assertEquals(200, response.statusCode());
    assertEquals(
        Optional.of("text/plain; version=0.0.4; charset=utf-8"), response.headers().firstValue("Content-Type"));
    List<String> lines = response.body().lines().toList();
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("jvm_memory_used_bytes{")), response.body());
    assertTrue(lines.contains("health_check_status{check=\"paymentsDatabase\",critical=\"true\"} 0.0"), response.body());
    assertTrue(lines.contains("health_check_status{check=\"heap\",critical=\"true\"} 1.0"), response.body());
    assertTrue(lines.contains("health_status 0.0"), response.body());
  }

  private static long statusLines(HttpResponse<String> metrics) {
    return metrics.body().lines().filter(line -> line.startsWith("health_check_status{")).count();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString());
  }

  private static Map<String, Boolean> passed(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    Map<String, Boolean> passed = new HashMap<>();
    byChecker(JSON.readTree(response.body())).forEach((name, result) -> passed.put(name, result.get("passed").asBoolean()));
    return passed;
  }

  private static Map<String, JsonNode> byChecker(JsonNode body) {
    Map<String, JsonNode> results = new HashMap<>();
    body.get("results").forEach(result -> results.put(result.get("checker").asText(), result));
    return results;
  }
}
