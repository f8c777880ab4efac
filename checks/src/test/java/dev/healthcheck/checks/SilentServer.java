package dev.healthcheck.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server that accepts connections and never says a word: what a hung database, cache or
 * TLS endpoint looks like to a client. Closing it closes every connection it accepted.
 */
final class SilentServer implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  SilentServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptForever, "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** How many connections it has accepted so far. */
  int acceptedCount() {
    return accepted.size();
  }

  /** How many accepted connections the client has not closed yet, seen from the server's side. */
  int stillOpen() throws IOException {
    int open = 0;
    for (Socket socket : accepted) {
      open += isOpen(socket) ? 1 : 0;
    }
    return open;
  }

  /** Reads what the client sent until its end (closed) or until it goes quiet (open). */
  private static boolean isOpen(Socket socket) throws IOException {
    socket.setSoTimeout(50);
    byte[] sent = new byte[4096];
    try {
      while (socket.getInputStream().read(sent) >= 0) {
        // Drains what the client wrote before it closed, e.g. a TLS ClientHello.
      }
      return false;
    } catch (SocketTimeoutException quiet) {
      return true;
    } catch (IOException reset) {
      return false;
    }
  }

  private void acceptForever() {
    while (!server.isClosed()) {
      try {
        accepted.add(server.accept());
      } catch (IOException closed) {
        return;
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : accepted) {
      socket.close();
    }
    Joining.join(acceptor);
  }
}
