package dev.healthcheck.runtime.http;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor and settings that keep a JDK server answering probes while slow or silent clients
 * hold connections open.
 *
 * <p>How the JDK server (JDK 17, {@code sun.net.httpserver.ServerImpl}) spends its threads: one
 * dispatcher thread accepts connections and waits on them with a selector, so a client that
 * connects and sends nothing costs no thread. Once a connection has bytes to read, the whole
 * exchange runs on the executor, which reads the request line and headers with a blocking read:
 * a client that sends half a request, or a byte at a time, holds an executor thread for as long as
 * it likes, because {@code sun.net.httpserver.maxReqTime} (the longest a request line and its
 * headers may take to arrive) is unlimited by default. With the four threads a README once
 * suggested, four such clients blocked every probe.
 *
 * <p>So: many threads, created only when needed and let go when idle, so that a hundred slow
 * clients still leave threads for the probes; a time limit on reading a request, so that a
 * slow client lets its thread go within seconds; and no Nagle delay, so that a probe on a
 * kept-alive connection is not answered 40 ms late.
 *
 * <p>Not {@code sun.net.httpserver.maxRspTime}: the JDK starts that clock when the request's
 * headers are read, so it counts the checks' own time too, and would cut off the answer of any
 * check slower than the limit. Our answers are small enough for the socket's buffers, so a client
 * that stops reading them holds no thread.
 */
final class ServerSettings {

  /**
   * Threads at most. Each slow client holds one for up to {@link #MAX_REQUEST_SECONDS}; a probe
   * needs one for a few milliseconds. Threads are made on demand and end after
   * {@link #IDLE_SECONDS} idle, so an idle server has none.
   */
  static final int THREADS = 256;

  /** Seconds a pooled thread waits for work before it ends. */
  static final int IDLE_SECONDS = 30;

  /**
   * Seconds a client may take to send its request line and headers once it has started, after
   * which the server closes the connection ({@code sun.net.httpserver.maxReqTime}). A probe sends
   * them in one packet; the check's own time is not counted (the limit ends when the headers are
   * read).
   */
  static final int MAX_REQUEST_SECONDS = 5;

  /**
   * The JDK server's system properties that {@link HealthHandlers#start} sets when the user has
   * not: it reads them once, when its first server is created in the process.
   */
  static final Map<String, String> PROPERTIES =
      Map.of(
          "sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS),
          // Without it the server writes a response's headers and body in two packets and waits
          // for the client's delayed ACK in between: 40 ms on every request of a kept-alive
          // connection on Linux (the soak's JDK server answered in 47 ms at the median).
          "sun.net.httpserver.nodelay", "true");

  private ServerSettings() {}

  /** Sets each of {@link #PROPERTIES} that is not set yet; a value the user chose stays. */
  static void applyDefaults() {
    PROPERTIES.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
  }

  /**
   * A pool of up to {@link #THREADS} daemon threads named {@code healthcheck-http-N}. A task goes
   * to an idle thread if there is one, else to a new thread, and waits in line only when all
   * {@link #THREADS} are busy: the JDK server drops a connection whose exchange its executor
   * refuses. Threads end after {@link #IDLE_SECONDS} idle, so a quiet server keeps none.
   */
  static ExecutorService executor() {
    HandOff queue = new HandOff();
    return new ThreadPoolExecutor(
        0, THREADS, IDLE_SECONDS, TimeUnit.SECONDS, queue, new Named(),
        (task, pool) -> {
          if (!pool.isShutdown()) {
            queue.enqueue(task); // every thread is busy: wait for one
          }
        });
  }

  /**
   * A queue that takes a task only when an idle thread is waiting for one, so that the pool makes
   * a new thread instead of queueing behind busy ones (a {@link ThreadPoolExecutor} queues first
   * and grows only when its queue refuses).
   */
  private static final class HandOff extends LinkedTransferQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable task) {
      return tryTransfer(task);
    }

    /** Queues the task for the next thread that is free. */
    void enqueue(Runnable task) {
      super.offer(task);
    }
  }

  /** Daemon threads, so that a server never keeps the JVM alive on its own. */
  private static final class Named implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "healthcheck-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
