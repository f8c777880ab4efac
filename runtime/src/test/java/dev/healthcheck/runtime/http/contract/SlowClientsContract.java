package dev.healthcheck.runtime.http.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Probes against a server that 100 slow or silent clients are holding on to: each probe must be
 * answered, not left hanging. The client gives a probe 10 s, ten times a kubelet's patience, so
 * that a loaded machine does not fail the test; the times measured are printed, not asserted.
 */
public final class SlowClientsContract {

  /** How many slow clients, as the issue reproduced it with. */
  public static final int SLOW_CLIENTS = 100;

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private SlowClientsContract() {}

  /**
   * Opens the slow clients, then sends 20 probes to {@code probe} one after another, and asserts
   * each was answered with 200; prints the times as {@code server: p50 ... max ...}.
   */
  public static void probesAreAnsweredWhileSlowClientsHang(String server, URI base, String probe)
      throws Exception {
    try (SlowClients slow = SlowClients.open(base, SLOW_CLIENTS)) {
      Thread.sleep(500); // let the slow clients be read from, as they would be in a real attack
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = CLIENT.send(
            HttpRequest.newBuilder(base.resolve(probe)).timeout(Duration.ofSeconds(10)).build(),
            BodyHandlers.ofString());
        millis.add((System.nanoTime() - start) / 1_000_000);
        assertEquals(200, response.statusCode(), response.body());
      }
      Collections.sort(millis);
      System.out.printf("%s with %d slow clients: probe p50 %d ms, max %d ms%n",
          server, SLOW_CLIENTS, millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }
  }
}
