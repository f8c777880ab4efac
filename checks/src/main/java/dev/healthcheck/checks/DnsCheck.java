package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Passes when a host name resolves to at least one address within the timeout, through the
 * operating system's resolver (and the JDK's cache of its answers). Made by
 * {@link Checks#dns(String)}; immutable.
 */
public final class DnsCheck implements Check {

  private final String hostname;
  private final Duration timeout;
  private final HostLookup lookup;

  DnsCheck(String hostname, Duration timeout, HostLookup lookup) {
    this.hostname = Checks.requireHost(hostname);
    this.timeout = Deadline.validTimeout(timeout);
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /**
   * A copy that gives up after {@code timeout} (default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public DnsCheck timeout(Duration timeout) {
    return new DnsCheck(hostname, timeout, lookup);
  }

  /** Resolves the name and lists the addresses it found. */
  @Override
  public CheckResult run() throws InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    try {
      InetAddress[] addresses = lookup.resolve(hostname, deadline);
      String listed = Arrays.stream(addresses).map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
      return CheckResult.ok(hostname + " resolved to " + listed + " " + deadline.took());
    } catch (SocketTimeoutException timedOut) {
      return CheckResult.fail(hostname + ": " + deadline.noAnswer());
    } catch (UnknownHostException unknown) {
      return CheckResult.fail(hostname + " does not resolve (" + Sockets.reason(unknown) + ") " + deadline.took());
    }
  }

  @Override
  public String toString() {
    return "DnsCheck[" + hostname + ", timeout " + timeout.toMillis() + " ms]";
  }
}
