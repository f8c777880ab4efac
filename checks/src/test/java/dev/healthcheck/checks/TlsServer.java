package dev.healthcheck.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/** A TLS server on a free loopback port that serves one key store's certificate and then hangs up. */
final class TlsServer implements AutoCloseable {

  private final SSLServerSocket server;
  private final Thread acceptor;

  TlsServer(KeyStore keyStore) throws IOException, GeneralSecurityException {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore, TestCertificates.PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serveForever, "tls-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  private void serveForever() {
    while (!server.isClosed()) {
      try (SSLSocket socket = (SSLSocket) server.accept()) {
        socket.setSoTimeout(5_000);
        socket.startHandshake();
      } catch (IOException refusedOrClosed) {
        // A client that does not trust the certificate aborts the handshake; the next one is served.
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    Joining.join(acceptor);
  }
}
