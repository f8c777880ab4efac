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
import java.util.Objects;

/**
 * Checks of the services this one depends on. The generated registry constructs it with the
 * no-argument constructor, which reads the addresses from the service's configuration; code that
 * wires its own instance hands it to the registry's builder instead:
 * {@code GeneratedHealthRegistry.builder().dependencyChecks(new DependencyChecks(url, db)).build()}.
 */
public class DependencyChecks {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  private final URI inventory;
  private final String paymentsHost;
  private final int paymentsPort;

  /**
   * Checks of the dependencies the system properties name, as a service reads its configuration:
   * {@code inventory.url} (default: the stand-in this service serves on its own {@code port}) and
   * {@code payments.db} ({@code host:port}, default {@code localhost:5432}).
   */
  public DependencyChecks() {
    this(
        URI.create(System.getProperty("inventory.url",
            "http://localhost:" + System.getProperty("port", "8080") + "/inventory/health")),
        System.getProperty("payments.db", "localhost:5432"));
  }

  /**
   * Checks of the inventory API's health URL and of the payments database at {@code host:port}.
   *
   * @throws IllegalArgumentException if {@code paymentsDb} is not {@code host:port}
   */
  public DependencyChecks(URI inventory, String paymentsDb) {
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    int colon = paymentsDb.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("payments database '" + paymentsDb + "' is not host:port");
    }
    this.paymentsHost = paymentsDb.substring(0, colon);
    this.paymentsPort = Integer.parseInt(paymentsDb.substring(colon + 1));
  }

  /** The inventory API answers 200. Needed to serve traffic, so part of readiness. */
  @HealthCheck(groups = {"readiness", "startup"}, timeoutMillis = 2_000)
  public CheckResult inventoryApi() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(inventory).timeout(Duration.ofSeconds(2)).build();
    HttpResponse<Void> response = http.send(request, BodyHandlers.discarding());
    String output = "GET " + inventory + " answered " + response.statusCode();
    return response.statusCode() == 200 ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  /**
   * The payments database accepts TCP connections. Not part of readiness: without payments the
   * service still serves the catalogue, but {@code /healthcheck} reports it.
   */
  @HealthCheck(timeoutMillis = 2_000)
  public CheckResult paymentsDatabase() throws IOException {
    // Resolved on every run, so a database that moves to another address is found again.
    InetSocketAddress target = new InetSocketAddress(paymentsHost, paymentsPort);
    try (Socket socket = new Socket()) {
      socket.connect(target, (int) CONNECT_TIMEOUT.toMillis());
    }
    return CheckResult.ok("connected to " + paymentsHost + ":" + paymentsPort);
  }
}
