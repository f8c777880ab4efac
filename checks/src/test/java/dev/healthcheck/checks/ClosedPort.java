package dev.healthcheck.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses connections: bound, so nothing else takes it while the tests run,
 * and never listening.
 */
final class ClosedPort {

  private static final Socket BOUND = bind();

  /** The port; a connection to 127.0.0.1 on it is refused at once. */
  static final int PORT = BOUND.getLocalPort();

  private ClosedPort() {}

  private static Socket bind() {
    try {
      Socket socket = new Socket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
