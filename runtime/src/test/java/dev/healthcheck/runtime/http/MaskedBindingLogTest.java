package dev.healthcheck.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
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
import org.junit.jupiter.api.Test;

/** What the binding logs about a request goes through the configured masker, on a real server. */
class MaskedBindingLogTest {

  private static final String IBAN = "DE89370400440532013000";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A policy that fails with a configured secret word and a forged log line in its message. */
  private static final DetailsPolicy<Object> BROKEN = request -> {
    throw new IllegalStateException("no role for iban=" + IBAN + "\nINFO: forged");
  };

  @Test
  void failedDetailsPolicyIsLoggedMaskedWithTheCheckersWords() throws Exception {
    HealthChecker checker = HealthChecker.builder().secretKeys("iban").check("db", () -> CheckResult.ok("up")).build();

    assertPolicyFailureLoggedMasked(new HealthCheckHandler(checker, BROKEN), 200);
  }

  @Test
  void failedDetailsPolicyIsLoggedMaskedWithTheDumpsWords() throws Exception {
    EnvironmentDump dump =
        EnvironmentDump.builder().secretKeys("iban").includeOs(false).includeJava(false).includeProcess(false).build();

    assertPolicyFailureLoggedMasked(new EnvironmentHandler(dump, BROKEN), 403);
  }

  /** Serves one request with the handler on a real JDK server, and reads what was logged. */
  private static void assertPolicyFailureLoggedMasked(HttpHandler handler, int status) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", handler);
    server.start();
    String logged;
    try (LogCapture log = new LogCapture()) {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertEquals(status, CLIENT.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString()).statusCode());
      logged = log.text();
    } finally {
      server.stop(0);
    }

    assertTrue(logged.contains("details policy failed"), logged);
    assertTrue(logged.contains("no role for iban=********\\nINFO: forged"), logged);
    assertFalse(logged.contains(IBAN), logged);
  }
}
