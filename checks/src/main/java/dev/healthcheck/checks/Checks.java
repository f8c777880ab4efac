package dev.healthcheck.checks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The health checks every service writes again, using the JDK alone. Each factory returns an
 * immutable {@link dev.healthcheck.runtime.Check} whose options return a copy, so it is added to a
 * checker or called from an annotated method alike:
 *
 * <pre>{@code
 * HealthChecker checker = HealthChecker.builder()
 *     .check("db", Checks.jdbc(dataSource).validationQuery("SELECT 1"))
 *     .check("disk", Checks.diskSpace(Path.of("/var/data"), 1L << 30))
 *     .build();
 *
 * @HealthCheck(groups = "readiness")
 * public CheckResult cache() throws Exception {
 *   return Checks.redis("cache", 6379).password(secret).run();
 * }
 * }</pre>
 *
 * <p>Network checks give up after their timeout, 2 s unless {@code timeout(Duration)} says
 * otherwise, and leave no connection, socket or thread behind, whether they pass, fail or time
 * out. Every output says what was checked, what was seen and how long it took.
 */
public final class Checks {

  /** The timeout of every network check unless set: SmallRye's and Dropwizard's 2 s. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private Checks() {}

  /**
   * Fails when the file system holding {@code path} has fewer than {@code minFreeBytes} usable.
   *
   * @param path a file or directory on the file system to watch
   * @param minFreeBytes the fewest usable bytes that pass
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static DiskSpaceCheck diskSpace(Path path, long minFreeBytes) {
    return new DiskSpaceCheck(path, minFreeBytes);
  }

  /**
   * Takes a connection from {@code dataSource} and passes when {@code Connection.isValid} does,
   * or, with {@link JdbcCheck#validationQuery(String)}, when the query runs.
   *
   * @param dataSource where the connection comes from
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static JdbcCheck jdbc(DataSource dataSource) {
    return new JdbcCheck(dataSource, null, DEFAULT_TIMEOUT);
  }

  /**
   * Sends {@code GET uri} and passes on a 2xx status, or the range of
   * {@link HttpCheck#expectStatus(int, int)}.
   *
   * @param uri the URL to request
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static HttpCheck http(URI uri) {
    return new HttpCheck(uri, 200, 299, DEFAULT_TIMEOUT);
  }

  /**
   * Passes when a TCP connection to {@code host:port} opens within the timeout.
   *
   * @param host the server's host name or address
   * @param port the server's port
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static TcpCheck tcp(String host, int port) {
    return new TcpCheck(host, port, DEFAULT_TIMEOUT);
  }

  /**
   * Fails when used heap exceeds {@code maxUsedRatio} (e.g. {@code 0.9}) of the maximum heap.
   *
   * @param maxUsedRatio the highest used/max ratio that passes, between 0 and 1
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static HeapCheck heap(double maxUsedRatio) {
    return new HeapCheck(maxUsedRatio);
  }

  /**
   * Fails naming the deadlocked threads of this JVM, if any.
   *
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static DeadlockCheck deadlocks() {
    return new DeadlockCheck();
  }

  /**
   * Fails when the certificate served at {@code host:port} expires within {@code minValidity}, has
   * expired, is not yet valid or is not trusted ({@link TlsCertificateCheck#trustStore} for a
   * private certificate authority).
   *
   * @param host the server's host name or address
   * @param port the server's port
   * @param minValidity how long the certificate must stay valid
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static TlsCertificateCheck tlsCertificate(String host, int port, Duration minValidity) {
    return new TlsCertificateCheck(host, port, minValidity, null, DEFAULT_TIMEOUT);
  }

  /**
   * Passes when {@code hostname} resolves to at least one address within the timeout.
   *
   * @param hostname the name to resolve
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static DnsCheck dns(String hostname) {
    return new DnsCheck(hostname, DEFAULT_TIMEOUT, HostLookup.SYSTEM);
  }

  /**
   * Sends {@code PING} to the Redis server at {@code host:port} and passes when it answers
   * {@code PONG}.
   *
   * @param host the server's host name or address
   * @param port the server's port
   * @return the check, with a 2 s timeout unless it says otherwise
   */
  public static RedisCheck redis(String host, int port) {
    return new RedisCheck(host, port, null, null, DEFAULT_TIMEOUT);
  }

  static String requireHost(String host) {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    return host;
  }

  static int requirePort(int port) {
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
    }
    return port;
  }
}
