package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.LogCapture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the binding logs about a request goes through the configured masker, on a real server. */
class MaskedBindingLogTest {

  private static final String IBAN = "DE89370400440532013000";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpServer server;
  private URI base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DetailsPolicy<Object> broken = request -> {
      throw new IllegalStateException("no role for iban=" + IBAN + "\nINFO: forged");
    };
    server.createContext("/healthcheck", new HealthCheckHandler(
        HealthChecker.builder().secretKeys("iban").check("db", () -> CheckResult.ok("up")).build(), broken));
    server.createContext("/environment", new EnvironmentHandler(
        EnvironmentDump.builder().secretKeys("iban").includeOs(false).includeJava(false).includeProcess(false).build(),
        broken));
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void failedDetailsPolicyIsLoggedMaskedWithTheCheckersWords() throws Exception {
    assertPolicyFailureLoggedMasked("/healthcheck", 200);
  }

  @Test
  void failedDetailsPolicyIsLoggedMaskedWithTheDumpsWords() throws Exception {
    assertPolicyFailureLoggedMasked("/environment", 403);
  }

  private void assertPolicyFailureLoggedMasked(String path, int status) throws Exception {
    String logged;
    try (LogCapture log = new LogCapture()) {
      int answered =
          CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString()).statusCode();
      assertEquals(status, answered);
      logged = log.text();
    }

    assertTrue(logged.contains("details policy failed"), logged);
    assertTrue(logged.contains("no role for iban=********\\nINFO: forged"), logged);
    assertFalse(logged.contains(IBAN), logged);
  }
}
