package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends {@code PING} to a Redis server over a plain socket (RESP, no client library) and passes
 * when it answers {@code PONG}; authenticates first with {@code AUTH} when given a password, or a
 * user and a password (Redis 6 ACLs). Made by {@link Checks#redis(String, int)}; immutable. The
 * connection is opened and closed by every run.
 */
public final class RedisCheck implements Check {

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final Duration timeout;

  RedisCheck(String host, int port, String user, String password, Duration timeout) {
    this.host = Checks.requireHost(host);
    this.port = Checks.requirePort(port);
    this.user = user;
    this.password = password;
    this.timeout = Deadline.validTimeout(timeout);
  }

  /**
   * A copy that authenticates with {@code AUTH password} (the {@code default} user, or
   * {@code requirepass}).
   *
   * @param password the password, sent with {@code AUTH} and never shown in the output
   * @return the copy
   */
  public RedisCheck password(String password) {
    return new RedisCheck(host, port, null, Objects.requireNonNull(password, "password"), timeout);
  }

  /**
   * A copy that authenticates with {@code AUTH user password}, as an ACL user.
   *
   * @param user the ACL user name
   * @param password the password, sent with {@code AUTH} and never shown in the output
   * @return the copy
   */
  public RedisCheck password(String user, String password) {
    return new RedisCheck(
        host, port, Objects.requireNonNull(user, "user"), Objects.requireNonNull(password, "password"), timeout);
  }

  /**
   * A copy that gives up after {@code timeout} (connect, AUTH and PING together; default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public RedisCheck timeout(Duration timeout) {
    return new RedisCheck(host, port, user, password, timeout);
  }

  /** Connects, authenticates if asked to, pings, and closes. */
  @Override
  public CheckResult run() throws InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    String target = "Redis " + Sockets.address(host, port);
    try (Socket socket = Sockets.connect(host, port, deadline)) {
      return converse(socket, target, deadline);
    } catch (IOException failed) {
      return failed instanceof SocketTimeoutException || deadline.expired()
          ? CheckResult.fail(target + ": " + deadline.noAnswer())
          : CheckResult.fail(target + ": " + Sockets.reason(failed) + " " + deadline.took());
    }
  }

  /** AUTH if asked to, then PING; the watchdog closes the socket of a server that stops answering. */
  private CheckResult converse(Socket socket, String target, Deadline deadline) throws IOException {
    Deadline.Guard guard = deadline.atExpiry(socket::close);
    try {
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      if (password != null) {
        Resp.write(out, user == null ? new String[] {"AUTH", password} : new String[] {"AUTH", user, password});
        String reply = Resp.readLine(in);
        if (!reply.equals("+OK")) {
          return CheckResult.fail(target + ": AUTH" + (user == null ? "" : " as " + user) + " answered " + reply + " " + deadline.took());
        }
      }
      Resp.write(out, "PING");
      String reply = Resp.readLine(in);
      return reply.equals("+PONG")
          ? CheckResult.ok(target + ": PING answered PONG " + deadline.took())
          : CheckResult.fail(target + ": PING answered " + reply + " " + deadline.took() + " (expected PONG)");
    } finally {
      guard.close();
    }
  }

  @Override
  public String toString() {
    return "RedisCheck[" + Sockets.address(host, port) + (user == null ? "" : ", user " + user)
        + (password == null ? "" : ", password " + Masked.MASK) + ", timeout " + timeout.toMillis() + " ms]";
  }
}
