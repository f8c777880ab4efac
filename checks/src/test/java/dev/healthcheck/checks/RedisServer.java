package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real Redis server (Debian's {@code redis-server}) on a free port, without persistence. */
final class RedisServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private RedisServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts a server; {@code config} adds lines of redis.conf as arguments, e.g.
   * {@code "--requirepass", "secret"}. Skips the test when Redis is not installed.
   */
  static RedisServer start(String... config) throws IOException, InterruptedException {
    Path binary = ServerBinaries.require(Path.of("/usr/bin/redis-server"), "redis-server");
    int port = ServerBinaries.freePort();
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"));
    command.addAll(List.of(config));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    RedisServer server = new RedisServer(process, port);
    server.awaitListening();
    return server;
  }

  int port() {
    return port;
  }

  /**
   * Sends one command on a connection of its own (authenticated with {@code auth} when not
   * empty) and returns the first line of the reply.
   */
  String command(List<String> auth, String... words) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      if (!auth.isEmpty()) {
        Resp.write(out, auth.toArray(String[]::new));
        Resp.readLine(in);
      }
      Resp.write(out, words);
      return Resp.readLine(in);
    }
  }

  /** {@code connected_clients} of {@code INFO clients}, the asking connection included. */
  int connectedClients() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      Resp.write(socket.getOutputStream(), "INFO", "clients");
      InputStream in = socket.getInputStream();
      int length = Integer.parseInt(Resp.readLine(in).substring(1));
      String info = new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
      return Integer.parseInt(info.replaceAll("(?s).*connected_clients:(\\d+).*", "$1"));
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitListening() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        fail("redis-server exited with " + process.exitValue());
      }
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    close();
    fail("redis-server did not listen on " + port + " within 20 s");
  }
}
