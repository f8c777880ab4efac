package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The request rules of {@link HealthEndpoint} that no server gets to see first: query decoding,
 * odd paths, and failures of the checker. The behaviour over HTTP is the contract test ({@code contract.HttpBindingContractTest}), run on every server.
 */
class HealthEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HealthEndpoint endpoint =
      new HealthEndpoint(
          HealthChecker.builder()
              .check(CheckDefinition.of("db", () -> CheckResult.ok("up")).groups("readiness"))
              .check(CheckDefinition.of("cache.local", () -> CheckResult.ok("warm")).groups("readiness"))
              .build());

  private HealthResponse get(String path, String query) {
    return endpoint.handle(new EndpointRequest("GET", path, query, null, true));
  }

  @Test
  void percentEscapesAndPlusAreDecoded() throws IOException {
    assertEquals(List.of("cache.local"), checkers(get(null, "check=cache%2Elocal")));
    assertEquals(List.of("db", "cache.local"), checkers(get(null, "check=db,+cache.local")));
    assertEquals(List.of("db"), checkers(get(null, "ex%63lude=cache.local")));
  }

  @Test
  void malformedEscapeIs400() throws IOException {
    for (String query : List.of("check=%zz", "check=%4", "check=db%", "exclude=%zz", "ex%63lude=50%")) {
      HealthResponse response = get(null, query);
      assertEquals(400, response.status(), query);
      assertTrue(error(response).startsWith("the query has a malformed percent-escape"), query);
      assertEquals("no-store", response.headers().get("Cache-Control"));
    }
  }

  @Test
  void bytesThatAreNotUtf8Are400() throws IOException {
    HealthResponse response = get(null, "check=%FF");
    assertEquals(400, response.status());
    assertEquals("the query is not valid UTF-8 once decoded: '%FF'", error(response));
  }

  @Test
  void otherParametersAreIgnoredHoweverTheyAreWritten() throws IOException {
    for (String query : List.of("_=50%", "_=%FF", "%zz=1", "%zz", "_=1&&", "caf\u00e9=%C3%28")) {
      assertEquals(List.of("db", "cache.local"), checkers(get(null, query)), query);
    }
    assertEquals(List.of("db"), checkers(get(null, "_=50%&check=db&v=%C3%28")));
  }

  @Test
  void emptyItemsAndBareParametersAreSkipped() throws IOException {
    assertEquals(List.of("db", "cache.local"), checkers(get(null, "check=&exclude&&verbose")));
    assertEquals(List.of("db"), checkers(get(null, "check=db,,")));
  }

  @Test
  void pathsThatNameNothingAre404() throws IOException {
    for (String path : List.of("//", "/readiness/", "/a/b", "readiness", "s")) {
      HealthResponse response = get(path, null);
      assertEquals(404, response.status(), path);
      assertTrue(error(response).startsWith("no such path '" + path + "'"), path);
    }
  }

  @Test
  void nonAsciiInAnErrorIsEscaped() {
    HealthResponse response = get("/caf\u00e9", null);
    assertEquals(404, response.status());
    assertTrue(response.body().contains("caf\\u00e9"), response.body());
  }

  @Test
  void methodsAreCaseSensitive() throws IOException {
    HealthResponse response = endpoint.handle(new EndpointRequest("get", null, null, null, true));
    assertEquals(405, response.status());
    assertEquals(Map.of("Content-Type", "application/json", "Allow", "GET, HEAD", "Cache-Control", "no-store"),
        response.headers());
    assertEquals("method get is not allowed; use GET or HEAD", error(response));
  }

  @Test
  void explicitCacheControlFromTheCheckerIsKept() {
    HealthEndpoint custom =
        new HealthEndpoint(
            HealthChecker.builder()
                .successHeaders(Map.of("Content-Type", "application/json", "cache-control", "max-age=5"))
                .build());
    HealthResponse response = custom.handle(new EndpointRequest("GET", null, null, null, true));
    assertEquals(Map.of("Content-Type", "application/json", "cache-control", "max-age=5"), response.headers());
  }

  @Test
  void steadyProbeGetsTheSameHeaderMapEveryTime() {
    HealthEndpoint failing =
        new HealthEndpoint(HealthChecker.builder().check("db", () -> CheckResult.fail("down")).build());
    for (HealthEndpoint each : List.of(endpoint, failing)) {
      HealthResponse first = each.handle(new EndpointRequest("GET", null, null, null, true));
      HealthResponse second = each.handle(new EndpointRequest("GET", null, "_=1", "*/*", true));
      assertEquals("no-store", first.headers().get("Cache-Control"));
      assertSame(first.headers(), second.headers());
    }
  }

  @Test
  void bodyHandlerFailingWithAnErrorStillAnswersJson() throws IOException {
    HealthEndpoint handled =
        new HealthEndpoint(
            HealthChecker.builder()
                .check("db", () -> CheckResult.ok("up"))
                .successHandler(report -> {
                  throw new AssertionError("x");
                })
                .build());
    HealthResponse response = handled.handle(new EndpointRequest("GET", null, null, null, true));
    // The checker catches it and falls back to its default body; the endpoint never sees it.
    assertEquals(200, response.status(), response.body());
    assertEquals("success", JSON.readTree(response.body()).get("status").asText());
    assertEquals("no-store", response.headers().get("Cache-Control"));
  }

  @Test
  void checkerFailingWithAnErrorIs500WithJson() throws IOException {
    // A clock is the one piece of user code the checker does not guard: it reaches the endpoint.
    HealthEndpoint broken =
        new HealthEndpoint(
            HealthChecker.builder()
                .check("db", () -> CheckResult.ok("up"))
                .clock(new FailingClock(() -> new NoClassDefFoundError("org/example/Missing")))
                .build());
    HealthResponse response = broken.handle(new EndpointRequest("GET", null, null, null, true));
    assertEquals(500, response.status());
    assertEquals("the health endpoint failed; see the service's log", error(response));
    assertEquals(
        Map.of("Content-Type", "application/json", "Cache-Control", "no-store"), response.headers());
  }

  @Test
  void virtualMachineErrorIsRethrownForTheBindingToAnswer() {
    HealthEndpoint broken =
        new HealthEndpoint(
            HealthChecker.builder()
                .check("db", () -> CheckResult.ok("up"))
                .clock(new FailingClock(StackOverflowError::new))
                .build());
    assertThrows(
        StackOverflowError.class,
        () -> broken.handle(new EndpointRequest("GET", null, null, null, true)));
    assertEquals(500, Endpoint.internalError().status());
  }

  private static String error(HealthResponse response) throws IOException {
    return JSON.readTree(response.body()).get("error").asText();
  }

  private static List<String> checkers(HealthResponse response) throws IOException {
    assertEquals(200, response.status(), response.body());
    List<String> names = new ArrayList<>();
    for (JsonNode result : JSON.readTree(response.body()).get("results")) {
      names.add(result.get("checker").asText());
    }
    return names;
  }
}
