package dev.healthcheck.samples;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Checks of the services this one depends on. Their addresses are system properties, as a real
 * service would read its configuration: {@code inventory.url} (the sample serves a stand-in and
 * points this at it) and {@code payments.db} ({@code localhost:5432}, a PostgreSQL you are
 * probably not running, so its check fails).
 */
public class DependencyChecks {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  /** The registry constructs this class itself: its checks need nothing but configuration. */
  public DependencyChecks() {}

  /** The inventory API answers 200. Needed to serve traffic, so part of readiness. */
  @HealthCheck(groups = {"readiness", "startup"}, timeoutMillis = 2_000)
  public CheckResult inventoryApi() throws IOException, InterruptedException {
    URI uri = URI.create(System.getProperty("inventory.url", "http://localhost:8080/inventory/health"));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
    HttpResponse<Void> response = http.send(request, BodyHandlers.discarding());
    String output = "GET " + uri + " answered " + response.statusCode();
    return response.statusCode() == 200 ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  /**
   * The payments database accepts TCP connections. Not part of readiness: without payments the
   * service still serves the catalogue, but {@code /healthcheck} reports it.
   */
  @HealthCheck(timeoutMillis = 2_000)
  public CheckResult paymentsDatabase() throws IOException {
    String address = System.getProperty("payments.db", "localhost:5432");
    int colon = address.lastIndexOf(':');
    InetSocketAddress target =
        new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
    try (Socket socket = new Socket()) {
      socket.connect(target, (int) CONNECT_TIMEOUT.toMillis());
    }
    return CheckResult.ok("connected to " + address);
  }
}
