package dev.healthcheck.benchmarks;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The driver of the soak ({@code benchmarks/soak.sh}): for a fixed time, a few callers send a mix
 * of requests (every check, groups, the failing and the hung check, the environment, a browser's
 * HTML page) while slow clients hold connections open and dribble bytes; then it prints the
 * requests sent, their status counts and latency percentiles, and the server's threads and heap at
 * the start, at every tenth of the run (under load), and after the clients left.
 *
 * <p>Usage: {@code SoakLoad PORT SECONDS [CALLERS] [SLOW_CLIENTS]}; only 127.0.0.1 is ever loaded.
 */
public final class SoakLoad {

  private static final List<String> PATHS = List.of("/healthcheck", "/healthcheck/readiness",
      "/healthcheck/liveness", "/healthcheck/extra", "/healthcheck/hung", "/healthcheck/mail",
      "/healthcheck?exclude=hung", "/environment", "/healthcheck/zzz", "/healthcheck?format=html");

  private SoakLoad() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create("http://127.0.0.1:" + Integer.parseInt(args[0]));
    long seconds = Long.parseLong(args[1]);
    int callers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int slowClients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    String start = stats(client, base);
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<long[]> latencies = new ArrayList<>();
    AtomicLong[] statuses = new AtomicLong[600];
    Arrays.setAll(statuses, i -> new AtomicLong());
    AtomicLong failures = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int seed = i;
      Thread caller = new Thread(() -> call(client, base, deadline, new Random(seed), mine, statuses, failures),
          "caller-" + i);
      caller.start();
      threads.add(caller);
    }
    Thread slow = new Thread(() -> slowClients(base, slowClients, deadline), "slow-clients");
    slow.setDaemon(true);
    slow.start();
    // Sampled at every tenth of the run, under load: a leak grows from one sample to the next,
    // a pool that has filled stays put.
    List<String> underLoad = new ArrayList<>();
    long startedAt = System.nanoTime();
    for (int tenth = 1; tenth <= 10; tenth++) {
      long at = startedAt + Duration.ofSeconds(seconds).toNanos() * tenth / 10 - Duration.ofMillis(500).toNanos();
      while (System.nanoTime() < at) {
        Thread.sleep(50);
      }
      underLoad.add(stats(client, base));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    slow.join(10_000);
    String end = stats(client, base);
    report(latencies, statuses, failures, seconds, callers, slowClients, start, underLoad, end);
  }

  private static void call(HttpClient client, URI base, long deadline, Random random, long[] latencies,
      AtomicLong[] statuses, AtomicLong failures) {
    int count = 0;
    while (System.nanoTime() < deadline && count < latencies.length - 1) {
      String path = PATHS.get(random.nextInt(PATHS.size()));
      long start = System.nanoTime();
      try {
        HttpResponse<Void> response = client.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
            BodyHandlers.discarding());
        statuses[response.statusCode()].incrementAndGet();
      } catch (IOException | InterruptedException failed) {
        failures.incrementAndGet();
      }
      latencies[++count] = System.nanoTime() - start;
    }
    latencies[0] = count;
  }

  /** Connections that send a request one byte every 200 ms, reopened when the server closes them. */
  private static void slowClients(URI base, int count, long deadline) {
    List<Socket> sockets = new ArrayList<>();
    byte[] request = "GET /healthcheck HTTP/1.1\r\nHost: x\r\nX-Padding: ".getBytes(StandardCharsets.US_ASCII);
    int[] sent = new int[count];
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new Socket(base.getHost(), base.getPort()));
      }
      while (System.nanoTime() < deadline) {
        for (int i = 0; i < count; i++) {
          try {
            sockets.get(i).getOutputStream().write(sent[i] < request.length ? request[sent[i]++] : 'a');
          } catch (IOException closed) {
            sockets.get(i).close();
            sockets.set(i, new Socket(base.getHost(), base.getPort()));
            sent[i] = 0;
          }
        }
        Thread.sleep(200);
      }
    } catch (IOException | InterruptedException stopped) {
      System.err.println("slow clients stopped: " + stopped);
    } finally {
      for (Socket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // done with it
        }
      }
    }
  }

  private static String stats(HttpClient client, URI base) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(base.resolve("/soak-stats")).timeout(Duration.ofSeconds(30)).build(),
        BodyHandlers.ofString()).body().strip();
  }

  private static void report(List<long[]> latencies, AtomicLong[] statuses, AtomicLong failures, long seconds,
      int callers, int slowClients, String start, List<String> underLoad, String end) {
    int total = 0;
    for (long[] mine : latencies) {
      total += (int) mine[0];
    }
    long[] all = new long[total];
    int at = 0;
    for (long[] mine : latencies) {
      System.arraycopy(mine, 1, all, at, (int) mine[0]);
      at += (int) mine[0];
    }
    Arrays.sort(all);
    StringBuilder counts = new StringBuilder();
    for (int status = 0; status < statuses.length; status++) {
      if (statuses[status].get() > 0) {
        counts.append(' ').append(status).append('=').append(statuses[status].get());
      }
    }
    System.out.printf("requests=%d in %d s (%d callers, %d slow clients), %.0f/s; statuses:%s; client failures=%d%n",
        total, seconds, callers, slowClients, total / (double) seconds, counts, failures.get());
    System.out.printf("latency ms: p50=%.1f p99=%.1f p99.9=%.1f max=%.1f%n",
        percentile(all, 0.50), percentile(all, 0.99), percentile(all, 0.999), percentile(all, 1.0));
    System.out.println("server at start:  " + start);
    for (int tenth = 0; tenth < underLoad.size(); tenth++) {
      System.out.printf("server at %3d %%:   %s%n", (tenth + 1) * 10, underLoad.get(tenth));
    }
    System.out.println("server after the clients left: " + end);
  }

  private static double percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }
}
