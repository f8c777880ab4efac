package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends {@code GET} to a URL and passes when the status is in the expected range (2xx unless
 * {@link #expectStatus(int, int)} says otherwise); redirects are not followed, so a 302 is a
 * status like any other. Made by {@link Checks#http(URI)}; immutable.
 *
 * <p>Uses {@code HttpURLConnection}: on Java 17 it is the JDK client that can be given up on
 * without leaving a thread behind. The connection is closed after every run, never pooled, and
 * closed by a watchdog 100 ms after the deadline if the server is still sending headers.
 */
public final class HttpCheck implements Check {

  private static final Duration WATCHDOG_GRACE = Duration.ofMillis(100);

  private final URI uri;
  private final int minStatus;
  private final int maxStatus;
  private final Duration timeout;

  HttpCheck(URI uri, int minStatus, int maxStatus, Duration timeout) {
    this.uri = requireHttp(uri);
    if (minStatus < 100 || maxStatus > 599 || minStatus > maxStatus) {
      throw new IllegalArgumentException(
          "expected statuses must be a range within 100-599, got " + minStatus + "-" + maxStatus);
    }
    this.minStatus = minStatus;
    this.maxStatus = maxStatus;
    this.timeout = Deadline.validTimeout(timeout);
  }

  /**
   * A copy that passes when the status is between {@code min} and {@code max}, both included.
   *
   * @param min the lowest status that passes
   * @param max the highest status that passes
   * @return the copy
   */
  public HttpCheck expectStatus(int min, int max) {
    return new HttpCheck(uri, min, max, timeout);
  }

  /**
   * A copy that gives up after {@code timeout} (name lookup, connect and headers; default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public HttpCheck timeout(Duration timeout) {
    return new HttpCheck(uri, minStatus, maxStatus, timeout);
  }

  /** Sends the request, reads the status line, and closes the connection. */
  @Override
  public CheckResult run() throws IOException, InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    String request = "GET " + Masked.url(uri.toString());
    // Resolved within the deadline first; the connection then finds the address in the JDK's cache.
    try {
      HostLookup.SYSTEM.resolve(uri.getHost(), deadline);
    } catch (SocketTimeoutException timedOut) {
      return CheckResult.fail(request + ": " + deadline.noAnswer());
    } catch (IOException unknown) {
      return CheckResult.fail(request + ": " + Sockets.reason(unknown) + " " + deadline.took());
    }
    HttpURLConnection connection = open(deadline);
    // The read timeout ends a silent server's call; the watchdog, a little later, one that trickles
    // its headers. Closed first, HttpURLConnection would retry the GET on a new connection.
    Deadline.Guard guard = deadline.afterExpiry(WATCHDOG_GRACE, connection::disconnect);
    try {
      int status = connection.getResponseCode();
      String answered = request + " answered " + status + " " + deadline.took();
      return status >= minStatus && status <= maxStatus
          ? CheckResult.ok(answered)
          : CheckResult.fail(answered + " (expected " + expected() + ")");
    } catch (IOException failed) {
      return failed instanceof SocketTimeoutException || deadline.expired()
          ? CheckResult.fail(request + ": " + deadline.noAnswer())
          : CheckResult.fail(request + ": " + Sockets.reason(failed) + " " + deadline.took());
    } catch (RuntimeException failed) {
      // HttpURLConnection disconnected by the watchdog mid-call may throw anything, NPE included.
      if (deadline.expired()) {
        return CheckResult.fail(request + ": " + deadline.noAnswer());
      }
      throw failed;
    } finally {
      guard.close();
      connection.disconnect();
    }
  }

  private HttpURLConnection open(Deadline deadline) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setConnectTimeout(deadline.remainingMillis());
    connection.setReadTimeout(deadline.remainingMillis());
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    return connection;
  }

  private String expected() {
    return minStatus == maxStatus ? Integer.toString(minStatus) : minStatus + "-" + maxStatus;
  }

  private static URI requireHttp(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("an HTTP check needs an absolute http or https URI with a host: " + Masked.url(uri.toString()));
    }
    return uri;
  }

  @Override
  public String toString() {
    return "HttpCheck[GET " + Masked.url(uri.toString()) + ", expect " + expected() + ", timeout " + timeout.toMillis() + " ms]";
  }
}
