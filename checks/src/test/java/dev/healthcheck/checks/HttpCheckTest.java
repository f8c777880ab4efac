package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP check against the JDK's HTTP server: healthy, unhealthy, redirecting and silent paths. */
class HttpCheckTest {

  private static final CountDownLatch NEVER = new CountDownLatch(1);
  private static HttpServer server;
  private static ExecutorService handlers;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext("/health", exchange -> answer(exchange, 200));
    server.createContext("/down", exchange -> answer(exchange, 503));
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/health");
      answer(exchange, 302);
    });
    server.createContext("/silent", exchange -> {
      try {
        NEVER.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.start();
    base = "http://localhost:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    NEVER.countDown();
    server.stop(0);
    handlers.shutdown();
    handlers.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Test
  void passesOn2xx() throws Exception {
    CheckResult result = Checks.http(URI.create(base + "/health")).timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("GET " + base + "/health answered 200 in \\d+ ms"), result.output());
  }

  @Test
  void failsOutsideTheExpectedRangeSayingWhatItExpected() throws Exception {
    CheckResult result = Checks.http(URI.create(base + "/down")).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().matches("GET " + base + "/down answered 503 in \\d+ ms \\(expected 200-299\\)"), result.output());
    assertTrue(Checks.http(URI.create(base + "/down")).expectStatus(503, 503).timeout(Generous.TIMEOUT).run().passed());
  }

  @Test
  void doesNotFollowRedirects() throws Exception {
    CheckResult result = Checks.http(URI.create(base + "/moved")).expectStatus(200, 200).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().endsWith("(expected 200)"), result.output());
    assertTrue(Checks.http(URI.create(base + "/moved")).expectStatus(300, 399).timeout(Generous.TIMEOUT).run().passed());
  }

  @Test
  void timesOutOnAServerThatAcceptsAndNeverAnswers() throws Exception {
    CheckResult result = Checks.http(URI.create(base + "/silent")).timeout(Duration.ofMillis(300)).run();
    assertEquals(new CheckResult(false, "GET " + base + "/silent: no answer within 300 ms"), result);
  }

  @Test
  void failsOnAClosedPort() throws Exception {
    CheckResult result = Checks.http(URI.create("http://127.0.0.1:" + ClosedPort.PORT + "/")).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("GET http://127.0.0.1:" + ClosedPort.PORT + "/: Connection refused"), result.output());
  }

  @Test
  void printsNoCredentialsOfTheUrl() throws Exception {
    CheckResult result = Checks.http(URI.create("http://monitor:s3cret@localhost:" + server.getAddress().getPort() + "/health")).timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().startsWith("GET http://********@localhost:"), result.output());
  }

  @Test
  void leavesNoConnectionOpenAfterTimeouts() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      HttpCheck check = Checks.http(URI.create("http://127.0.0.1:" + silent.port() + "/")).timeout(Duration.ofMillis(100));
      for (int i = 0; i < 5; i++) {
        assertFalse(check.run().passed());
      }
      assertEquals(5, silent.acceptedCount());
      assertEquals(0, silent.stillOpen());
    }
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
