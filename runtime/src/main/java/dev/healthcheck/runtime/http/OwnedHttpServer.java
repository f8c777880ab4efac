package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;

/**
 * A JDK server together with the executor it was started with: {@link #stop} stops both, so that
 * stopping the server leaves none of its threads behind. Everything else goes to the server.
 */
final class OwnedHttpServer extends HttpServer {

  private final HttpServer server;
  private final ExecutorService executor;

  OwnedHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Stops the server as {@link HttpServer#stop} does, then the threads that served it. */
  @Override
  public void stop(int delay) {
    try {
      server.stop(delay);
    } finally {
      executor.shutdownNow();
    }
  }

  @Override
  public void bind(InetSocketAddress address, int backlog) throws IOException {
    server.bind(address, backlog);
  }

  @Override
  public void start() {
    server.start();
  }

  @Override
  public void setExecutor(Executor executor) {
    server.setExecutor(executor);
  }

  @Override
  public Executor getExecutor() {
    return server.getExecutor();
  }

  @Override
  public HttpContext createContext(String path, HttpHandler handler) {
    return server.createContext(path, handler);
  }

  @Override
  public HttpContext createContext(String path) {
    return server.createContext(path);
  }

  @Override
  public void removeContext(String path) {
    server.removeContext(path);
  }

  @Override
  public void removeContext(HttpContext context) {
    server.removeContext(context);
  }

  @Override
  public InetSocketAddress getAddress() {
    return server.getAddress();
  }
}
