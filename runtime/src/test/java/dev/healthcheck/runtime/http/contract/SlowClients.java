package dev.healthcheck.runtime.http.contract;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Connections that hold a server's attention without finishing a request, as a hostile or broken
 * client does: half of them send half a request line, then nothing; the other half send a request
 * one byte every 200 ms and never reach its end. A connection the server closes is opened again,
 * as a persistent attacker would. Everything stops at {@link #close}.
 */
public final class SlowClients implements AutoCloseable {

  private static final byte[] NEVER_ENDING =
      "GET /healthcheck HTTP/1.1\r\nHost: x\r\nX-Padding: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HALF_A_LINE = "GET /healthch".getBytes(StandardCharsets.US_ASCII);

  private final URI base;
  private final List<Client> clients = new ArrayList<>();
  private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "slow-clients");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean closed;

  private SlowClients(URI base) {
    this.base = base;
  }

  /** Opens {@code count} slow or silent connections to the server at {@code base}. */
  public static SlowClients open(URI base, int count) throws IOException {
    SlowClients slow = new SlowClients(base);
    for (int i = 0; i < count; i++) {
      Client client = slow.new Client(i % 2 == 1);
      client.connect();
      slow.clients.add(client);
    }
    slow.ticks.scheduleWithFixedDelay(slow::tick, 200, 200, TimeUnit.MILLISECONDS);
    return slow;
  }

  private void tick() {
    for (Client client : clients) {
      if (closed) {
        return;
      }
      client.tick();
    }
  }

  @Override
  public void close() {
    closed = true;
    ticks.shutdownNow();
    try {
      ticks.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    clients.forEach(Client::disconnect);
  }

  /** One connection, opened again whenever the server closes it. */
  private final class Client {
    private final boolean dripping;
    private Socket socket;
    private int sent;

    Client(boolean dripping) {
      this.dripping = dripping;
    }

    void connect() throws IOException {
      socket = new Socket(base.getHost(), base.getPort());
      sent = 0;
      socket.setSoTimeout(1); // for closedByServer
      if (!dripping) {
        socket.getOutputStream().write(HALF_A_LINE); // and then silence
      }
    }

    void tick() {
      try {
        if (dripping) {
          socket.getOutputStream().write(sent < NEVER_ENDING.length ? NEVER_ENDING[sent++] : 'a');
        } else if (closedByServer()) {
          disconnect();
          connect();
        }
      } catch (IOException closedByTheServer) {
        disconnect();
        try {
          connect();
        } catch (IOException refused) {
          // tried again on the next tick
        }
      }
    }

    /** Whether the server has closed the connection (or answered, which it does only to close). */
    private boolean closedByServer() throws IOException {
      try {
        return socket.getInputStream().read() != -2; // any byte, or the end of the stream
      } catch (SocketTimeoutException open) {
        return false;
      }
    }

    void disconnect() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing is all we wanted
      }
    }
  }
}
