package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The servers the tests start: their binaries (a test whose binary is absent is skipped with the
 * reason printed, except in CI, where it fails), free ports and the processes themselves.
 */
final class ServerBinaries {

  private ServerBinaries() {}

  /** The binary, or the test is skipped (failed when the environment variable CI is true). */
  static Path require(Path binary, String debianPackage) {
    if (Files.isExecutable(binary)) {
      return binary;
    }
    String reason = binary + " is missing (Debian's " + debianPackage + "; .ci/run installs it)";
    if ("true".equals(System.getenv("CI"))) {
      fail(reason + ": CI must run this test");
    }
    System.out.println("skipped: " + reason);
    Assumptions.abort(reason);
    return binary;
  }

  /** A port that was free a moment ago on the loopback interface. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Runs a command to its end and returns its output; fails the test when it exits non-zero. */
  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " did not end within 2 minutes:\n" + output);
    }
    if (process.exitValue() != 0) {
      fail(command + " exited with " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  /** Whether this JVM runs as root, which PostgreSQL refuses to be started by. */
  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
