package dev.healthcheck.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server (Debian's {@code postgresql}) in a temporary cluster on a free port,
 * run as the {@code postgres} user when the tests run as root. TCP connections need the password
 * {@link #PASSWORD}.
 */
final class PostgresServer implements AutoCloseable {

  static final String PASSWORD = "pg-secret";

  private final Path bin;
  private final Path directory;
  private final int port;

  private PostgresServer(Path bin, Path directory, int port) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
  }

  /** Creates the cluster and starts the server; skips the test when PostgreSQL is not installed. */
  static PostgresServer start() throws IOException, InterruptedException {
    Path bin = ServerBinaries.require(newestBin().resolve("initdb"), "postgresql").getParent();
    Path directory = Files.createTempDirectory("healthcheck-pg");
    Files.writeString(directory.resolve("password"), PASSWORD);
    if (ServerBinaries.isRoot()) {
      ServerBinaries.run(List.of("chown", "-R", "postgres", directory.toString()));
    }
    PostgresServer server = new PostgresServer(bin, directory, ServerBinaries.freePort());
    server.asOwner(bin.resolve("initdb").toString(), "-D", server.data(), "-U", "postgres", "--no-sync",
        "--pwfile=" + directory.resolve("password"), "--auth-local=trust", "--auth-host=scram-sha-256");
    server.asOwner(bin.resolve("pg_ctl").toString(), "-D", server.data(), "-l", directory.resolve("log").toString(),
        "-o", "-p " + server.port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start");
    return server;
  }

  /** A data source for the {@code postgres} database with the given password. */
  PGSimpleDataSource dataSource(String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName("postgres");
    dataSource.setUser("postgres");
    dataSource.setPassword(password);
    return dataSource;
  }

  @Override
  public void close() throws IOException {
    try {
      asOwner(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void asOwner(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    if (ServerBinaries.isRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    ServerBinaries.run(line);
  }

  private static Path newestBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return root.resolve("15/bin");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
          .max(Comparator.comparing(version -> Integer.parseInt(version.getFileName().toString().replaceAll("\\D", "0"))))
          .orElse(root.resolve("15"))
          .resolve("bin");
    }
  }
}
