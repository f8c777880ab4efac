package dev.healthcheck.runtime.http.contract;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run as a separate process, loading a page from a running server: the
 * DOM it renders, or a screenshot. Outside CI a machine without it skips the tests that need it,
 * saying why; in CI ({@code CI=true}) its absence fails them.
 */
public final class Chromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** Skips the calling test when Chromium is missing outside CI; fails it in CI. */
  public static void assumeInstalled() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(BINARY + " is missing, and CI must run the browser tests: apt-get install chromium");
    }
    String reason = "skipped: " + BINARY + " is missing (apt-get install chromium); CI runs this test";
    System.out.println(reason);
    Assumptions.abort(reason);
  }

  /** The DOM Chromium renders for {@code page}, serialised as HTML. */
  public static String dumpDom(URI page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toString()));
  }

  /** Saves a screenshot of {@code page}, {@code width} by {@code height} pixels, to {@code png}. */
  public static void screenshot(URI page, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toString()));
  }

  private static String run(List<String> arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("healthcheck-chromium");
    try {
      List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
          "--user-data-dir=" + profile));
      command.addAll(arguments);
      Path output = profile.resolve("stdout.html");
      Process chromium = new ProcessBuilder(command)
          .redirectOutput(output.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
        chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("chromium did not finish within 60 s: " + command);
      }
      return Files.readString(output, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
