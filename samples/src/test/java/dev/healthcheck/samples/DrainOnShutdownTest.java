package dev.healthcheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample as Kubernetes stops it: a real process, sent SIGTERM ({@link Process#destroy()} on
 * Linux), drains (readiness fails, liveness passes) for its configured delay, then exits.
 */
class DrainOnShutdownTest {

  private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void sigtermFailsReadinessWhileLivenessPassesThenTheProcessExits() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dshutdown.drainMillis=5000", "-Dpayments.db=127.0.0.1:9",
                SampleService.class.getName(), "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      URI base = URI.create("http://localhost:" + port(out));
      Thread drainOutput = new Thread(() -> out.lines().forEach(line -> { }), "sample-output");
      drainOutput.setDaemon(true);
      drainOutput.start();
      assertFalse(get(base, "/healthcheck/readiness").body().contains("\"draining\""));

      process.destroy(); // SIGTERM: the JVM runs the shutdown hook

      HttpResponse<String> readiness = awaitDraining(base);
      assertEquals(500, readiness.statusCode(), readiness.body());
      HttpResponse<String> liveness = get(base, "/healthcheck/liveness");
      assertEquals(200, liveness.statusCode(), liveness.body());
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process exits once drained");
    } finally {
      process.destroyForcibly();
    }
  }

  private static int port(BufferedReader out) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        return Integer.parseInt(listening.group(1));
      }
    }
    throw new AssertionError("the sample exited without saying where it listens");
  }

  private static HttpResponse<String> awaitDraining(URI base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      HttpResponse<String> readiness = get(base, "/healthcheck/readiness");
      if (readiness.body().contains("\"draining\"")) {
        return readiness;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("readiness never said it was draining");
  }

  private static HttpResponse<String> get(URI base, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
