package dev.healthcheck.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.checks.Checks;
import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The cost of one run of each built-in check against a server on loopback: the JDK's HTTP server,
 * a plain and a TLS socket server (a keytool-made certificate), in-memory H2, and a real
 * {@code redis-server} when it is installed. Each check is warmed up, then run {@code RUNS} times
 * one after the other; prints the median and the 99th percentile of the wall time, and the median
 * CPU time of the calling thread, in milliseconds, as a Markdown table.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.healthcheck.benchmarks.BuiltInChecksCost [RUNS] [WARMUP]}
 * (defaults 1000 and 300).
 */
public final class BuiltInChecksCost {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private BuiltInChecksCost() {}

  /** Starts the servers, measures every check, prints the table and stops the servers. */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    List<AutoCloseable> servers = new ArrayList<>();
    try {
      Map<String, Check> checks = checks(servers);
      System.out.printf(Locale.ROOT, "%d runs of each after %d to warm up, one at a time, loopback%n%n", runs, warmup);
      // CPU: the calling thread's own, which a loaded machine does not inflate as it does wall time.
      System.out.println("| check | median ms | p99 ms | median CPU ms | output of the last run |");
      System.out.println("|---|---|---|---|---|");
      for (Map.Entry<String, Check> check : checks.entrySet()) {
        measure(check.getKey(), check.getValue(), runs, warmup);
      }
    } finally {
      for (AutoCloseable server : servers) {
        server.close();
      }
    }
  }

  private static Map<String, Check> checks(List<AutoCloseable> servers) throws Exception {
    Map<String, Check> checks = new LinkedHashMap<>();
    checks.put("heap(0.9)", Checks.heap(0.9));
    checks.put("deadlocks()", Checks.deadlocks());
    checks.put("diskSpace(tmp, 10 MiB)", Checks.diskSpace(Path.of(System.getProperty("java.io.tmpdir")), 10L << 20));
    checks.put("dns(localhost)", Checks.dns("localhost").timeout(TIMEOUT));

    ServerSocket plain = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    servers.add(plain);
    daemon("tcp-server", () -> acceptAndClose(plain));
    checks.put("tcp(127.0.0.1, port)", Checks.tcp("127.0.0.1", plain.getLocalPort()).timeout(TIMEOUT));

    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    http.createContext("/health", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    http.start();
    servers.add(() -> http.stop(0));
    checks.put("http(GET /health)", Checks.http(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/health")).timeout(TIMEOUT));

    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:cost;DB_CLOSE_DELAY=-1");
    checks.put("jdbc(H2 in memory)", Checks.jdbc(h2).timeout(TIMEOUT));
    checks.put("jdbc(H2).validationQuery(SELECT 1)", Checks.jdbc(h2).validationQuery("SELECT 1").timeout(TIMEOUT));

    KeyStore keys = selfSigned();
    SSLServerSocket tls = tlsServer(keys);
    servers.add(tls);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("server", keys.getCertificate("server"));
    checks.put("tlsCertificate(localhost, port, 14 days)",
        Checks.tlsCertificate("localhost", tls.getLocalPort(), Duration.ofDays(14)).trustStore(trust).timeout(TIMEOUT));

    Path redis = Path.of("/usr/bin/redis-server");
    if (Files.isExecutable(redis)) {
      int port;
      try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      Process process = new ProcessBuilder(redis.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no", "--requirepass", "bench")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      servers.add(() -> {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
      });
      awaitListening(port);
      checks.put("redis(127.0.0.1, port).password(..)", Checks.redis("127.0.0.1", port).password("bench").timeout(TIMEOUT));
    } else {
      System.out.println("redis: skipped, " + redis + " is not installed");
    }
    return checks;
  }

  private static void measure(String name, Check check, int runs, int warmup) throws Exception {
    for (int i = 0; i < warmup; i++) {
      mustPass(name, check.run());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[runs];
    long[] cpuNanos = new long[runs];
    CheckResult last = null;
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      last = check.run();
      nanos[i] = System.nanoTime() - start;
      cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      mustPass(name, last);
    }
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    System.out.printf(Locale.ROOT, "| `%s` | %.3f | %.3f | %.3f | %s |%n", name, nanos[runs / 2] / 1e6,
        nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, cpuNanos[runs / 2] / 1e6, last.output().replace("|", "\\|"));
  }

  private static void mustPass(String name, CheckResult result) {
    if (!result.passed()) {
      throw new IllegalStateException(name + " failed: " + result.output());
    }
  }

  private static KeyStore selfSigned() throws Exception {
    Path directory = Files.createTempDirectory("builtin-checks-cost");
    Path store = directory.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
        "-ext", "san=dns:localhost", "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool exited with " + keytool.exitValue());
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, PASSWORD);
    }
    Files.delete(store);
    Files.delete(directory);
    return keys;
  }

  private static SSLServerSocket tlsServer(KeyStore keys) throws Exception {
    KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(0, 200, InetAddress.getLoopbackAddress());
    daemon("tls-server", () -> {
      while (!server.isClosed()) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
          socket.setSoTimeout(5_000);
          socket.startHandshake();
        } catch (IOException closedOrRefused) {
          // The next client is served.
        }
      }
    });
    return server;
  }

  private static void acceptAndClose(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        server.accept().close();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void awaitListening(int port) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("redis-server did not listen on " + port);
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
