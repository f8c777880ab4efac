package dev.healthcheck.samples;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.checks.Checks;
import dev.healthcheck.checks.HttpCheck;
import dev.healthcheck.checks.TcpCheck;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Checks of the services this one depends on. The generated registry constructs it with the
 * no-argument constructor, which reads the addresses from the service's configuration; code that
 * wires its own instance hands it to the registry's builder instead:
 * {@code GeneratedHealthRegistry.builder().dependencyChecks(new DependencyChecks(url, db)).build()}.
 */
public class DependencyChecks {

  // Below the annotations' 2 s, so that a silent dependency says so in the check's own words.
  private static final Duration HTTP_TIMEOUT = Duration.ofMillis(1_500);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final HttpCheck inventoryCheck;
  private final TcpCheck paymentsCheck;

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
    this.inventoryCheck =
        Checks.http(Objects.requireNonNull(inventory, "inventory")).expectStatus(200, 200).timeout(HTTP_TIMEOUT);
    int colon = paymentsDb.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("payments database '" + paymentsDb + "' is not host:port");
    }
    this.paymentsCheck =
        Checks.tcp(paymentsDb.substring(0, colon), Integer.parseInt(paymentsDb.substring(colon + 1)))
            .timeout(CONNECT_TIMEOUT);
  }

  /** The inventory API answers 200. Needed to serve traffic, so part of readiness. */
  @HealthCheck(groups = {"readiness", "startup"}, timeoutMillis = 2_000)
  public CheckResult inventoryApi() throws IOException, InterruptedException {
    return inventoryCheck.run();
  }

  /**
   * The payments database accepts TCP connections. Not part of readiness: without payments the
   * service still serves the catalogue, but {@code /healthcheck} reports it.
   */
  @HealthCheck(timeoutMillis = 2_000)
  public CheckResult paymentsDatabase() throws InterruptedException {
    // The built-in resolves the host on every run, so a database that moves is found again.
    return paymentsCheck.run();
  }
}
