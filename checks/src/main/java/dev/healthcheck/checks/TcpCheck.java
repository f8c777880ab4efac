package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Passes when a TCP connection to {@code host:port} opens within the timeout; the connection is
 * closed at once. Made by {@link Checks#tcp(String, int)}; immutable.
 */
public final class TcpCheck implements Check {

  private final String host;
  private final int port;
  private final Duration timeout;

  TcpCheck(String host, int port, Duration timeout) {
    this.host = Checks.requireHost(host);
    this.port = Checks.requirePort(port);
    this.timeout = Deadline.validTimeout(timeout);
  }

  /**
   * A copy that gives up after {@code timeout} (name lookup and connect together; default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public TcpCheck timeout(Duration timeout) {
    return new TcpCheck(host, port, timeout);
  }

  /** Connects, closes, and says how long the connect took. */
  @Override
  public CheckResult run() throws InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    String target = "TCP " + Sockets.address(host, port);
    try {
      Sockets.connect(host, port, deadline).close();
      return CheckResult.ok(target + ": connected " + deadline.took());
    } catch (SocketTimeoutException timedOut) {
      return CheckResult.fail(target + ": " + deadline.noAnswer());
    } catch (IOException failed) {
      return CheckResult.fail(target + ": " + Sockets.reason(failed) + " " + deadline.took());
    }
  }

  @Override
  public String toString() {
    return "TcpCheck[" + Sockets.address(host, port) + ", timeout " + timeout.toMillis() + " ms]";
  }
}
