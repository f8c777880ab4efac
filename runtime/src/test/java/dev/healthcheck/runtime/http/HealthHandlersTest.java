package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HealthHandlers#mount} on a real JDK server. The handlers' full behaviour is the contract
 * test, {@link JdkHttpServerContractTest} here.
 */
class HealthHandlersTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HealthHandlers.mount(
        server,
        HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build(),
        EnvironmentDump.builder().includeOs(false).includeProcess(false).section("application", "demo").build());
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void servesHealthcheckAndEnvironment() throws Exception {
    HttpResponse<String> health = get("/healthcheck");
    assertEquals(200, health.statusCode());
    assertEquals(Optional.of("application/json"), health.headers().firstValue("Content-Type"));
    assertEquals(Optional.of("no-store"), health.headers().firstValue("Cache-Control"));
    assertEquals("db", JSON.readTree(health.body()).get("results").get(0).get("checker").asText());

    HttpResponse<String> environment = get("/environment");
    assertEquals(200, environment.statusCode());
    JsonNode body = JSON.readTree(environment.body());
    assertEquals("demo", body.get("application").asText());
    assertTrue(body.has("java"));
  }

  @Test
  void pathThatOnlySharesThePrefixIs404() throws Exception {
    // The JDK matches contexts by string prefix: /healthchecks reaches the /healthcheck handler.
    HttpResponse<String> response = get("/healthchecks");
    assertEquals(404, response.statusCode());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
    assertEquals("no such path 's'; ask for the endpoint itself or /{group or check}",
        JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void pathsThatReachTheHandlersGetJson() throws Exception {
    // Undecodable UTF-8, NUL and dot segments: java.net.URI parses them, so they reach us.
    for (String path : List.of("/healthcheck/%C0%AF", "/healthcheck/%E0%A4", "/healthcheck/%00",
        "/healthcheck/..", "/healthcheck/.", "/healthcheck/../environment", "/healthcheck/%2e%2e",
        "/environment/%00", "/environment/..")) {
      String answer = rawGet(path);
      int end = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, end);
      assertTrue(head.startsWith("HTTP/1.1 404 "), path + ": " + head);
      assertTrue(head.contains("Content-type: application/json"), path + ": " + head);
      assertTrue(JSON.readTree(answer.substring(end + 4)).get("error").isTextual(), path);
    }
  }

  @Test
  void requestLinesUriCannotParseAreRefusedByTheJdkServerItself() throws Exception {
    // Documented in docs/http.md: no handler runs, so no binding can answer these with JSON.
    String answer = rawGet("/healthcheck/%zz");
    assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    assertTrue(answer.contains("<h1>400 Bad Request</h1>"), answer);
  }

  /** The whole answer to a GET of {@code path} exactly as written, over a raw socket. */
  private String rawGet(String path) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void virtualMachineErrorIsAnswered500ThenRethrown() throws Exception {
    HealthChecker checker =
        HealthChecker.builder()
            .check("db", () -> CheckResult.ok("up"))
            .clock(new FailingClock(StackOverflowError::new))
            .build();
    CompletableFuture<Throwable> rethrown = new CompletableFuture<>();
    server.createContext("/overflowing", exchange -> {
      try {
        new HealthCheckHandler(checker).handle(exchange);
      } catch (Error error) {
        rethrown.complete(error); // what the JDK server would see; it logs it at TRACE and goes on
        throw error;
      }
    });
    HttpResponse<String> response = get("/overflowing");
    assertEquals(500, response.statusCode());
    assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
    assertEquals("the health endpoint failed; see the service's log",
        JSON.readTree(response.body()).get("error").asText());
    // The answer is out before the error is rethrown: wait for the handler to get there.
    assertInstanceOf(StackOverflowError.class, rethrown.get(10, TimeUnit.SECONDS));
    assertEquals(200, get("/healthcheck").statusCode(), "the server still serves");
  }

  @Test
  void startedServerServesBothPathsAndStopEndsItsThreads() throws Exception {
    HttpServer started = HealthHandlers.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build(),
        EnvironmentDump.builder().includeOs(false).includeProcess(false).section("application", "demo").build());
    URI root = URI.create("http://127.0.0.1:" + started.getAddress().getPort());
    try {
      assertEquals(200, CLIENT.send(HttpRequest.newBuilder(root.resolve("/healthcheck")).build(),
          BodyHandlers.ofString()).statusCode());
      assertEquals("demo", JSON.readTree(CLIENT.send(HttpRequest.newBuilder(root.resolve("/environment")).build(),
          BodyHandlers.ofString()).body()).get("application").asText());
      assertTrue(servingThreads() > 0, "a request ran on the server's own threads");
    } finally {
      started.stop(0);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (servingThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, servingThreads(), "stop(0) ends the server's threads");
  }

  @Test
  void startSetsTheJdkServerPropertiesLeftUnset() throws Exception {
    String maxReqTime = System.getProperty("sun.net.httpserver.maxReqTime");
    String nodelay = System.getProperty("sun.net.httpserver.nodelay");
    System.setProperty("sun.net.httpserver.maxReqTime", "7");
    System.clearProperty("sun.net.httpserver.nodelay");
    try {
      HttpServer started = HealthHandlers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
          HealthChecker.builder().build(), EnvironmentDump.builder().build());
      started.stop(0);

      assertEquals("7", System.getProperty("sun.net.httpserver.maxReqTime"), "the user's value stays");
      assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"), "no Nagle delay on probes");
    } finally {
      restore("sun.net.httpserver.maxReqTime", maxReqTime);
      restore("sun.net.httpserver.nodelay", nodelay);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }

  private static long servingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("healthcheck-http-") && thread.isAlive())
        .count();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString());
  }
}
