package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The request rules of {@link HealthEndpoint} that no server gets to see first: query decoding and
 * odd paths. The behaviour over HTTP is the servlet module's contract test, run on every server.
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
    for (String query : List.of("check=%zz", "check=%4", "check=db%")) {
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
    assertTrue(response.body().contains("caf\\u00E9"), response.body());
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
