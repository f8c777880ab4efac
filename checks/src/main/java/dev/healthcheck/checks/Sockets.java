package dev.healthcheck.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Opens TCP connections whose name lookup, connect and reads all end at one deadline. */
final class Sockets {

  private Sockets() {}

  /**
   * A socket connected to the first address of {@code host} that accepts, within the deadline,
   * with a read timeout of what is left of it. The caller closes it.
   */
  static Socket connect(String host, int port, Deadline deadline) throws IOException, InterruptedException {
    IOException last = null;
    for (InetAddress address : HostLookup.SYSTEM.resolve(host, deadline)) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(address, port), deadline.remainingMillis());
        socket.setSoTimeout(deadline.remainingMillis());
        // A check's exchanges are a few small writes, each awaited: Nagle's algorithm would hold
        // them back for the peer's delayed ACK (40 ms on Linux).
        socket.setTcpNoDelay(true);
        return socket;
      } catch (IOException failed) {
        socket.close();
        last = failed;
        if (deadline.expired()) {
          break;
        }
      }
    }
    throw last;
  }

  /** {@code host:port}, with brackets around an IPv6 literal. */
  static String address(String host, int port) {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /** What an I/O failure says: its message, or its type when it has none. */
  static String reason(Exception failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
