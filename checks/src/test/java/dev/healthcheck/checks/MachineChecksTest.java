package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of this machine and JVM: disk space and heap. */
class MachineChecksTest {

  @TempDir Path directory;

  @Test
  void diskSpacePassesAboveTheMinimum() {
    CheckResult result = Checks.diskSpace(directory, 1).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("\\d+\\.\\d \\w+ usable of \\d+\\.\\d \\w+ at " + directory.toString().replace("\\", "\\\\")
        + " \\(minimum 1 B\\), read in \\d+ ms"), result.output());
  }

  @Test
  void diskSpaceFailsBelowTheMinimum() {
    CheckResult result = Checks.diskSpace(directory, Long.MAX_VALUE).run();
    assertFalse(result.passed());
    assertTrue(result.output().contains("(minimum 8.0 EiB)"), result.output());
  }

  @Test
  void diskSpaceFailsOnAMissingPath() {
    CheckResult result = Checks.diskSpace(directory.resolve("missing"), 1).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("disk space at " + directory.resolve("missing") + " unknown: "), result.output());
  }

  @Test
  void heapPassesBelowTheRatio() {
    CheckResult result = Checks.heap(1.0).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("heap \\S+ \\w+ used of \\S+ \\w+ \\(\\d+%; maximum 100%\\), read in \\d+ ms"), result.output());
  }

  @Test
  void heapFailsAboveTheRatio() {
    // Some heap is always in use: a ratio of one in a million is always exceeded.
    CheckResult result = Checks.heap(0.000001).run();
    assertFalse(result.passed(), result.output());
    assertTrue(result.output().contains("maximum 0%"), result.output());
  }

  @Test
  void rejectsNonsensicalSettings() {
    assertThrows(IllegalArgumentException.class, () -> Checks.heap(0));
    assertThrows(IllegalArgumentException.class, () -> Checks.heap(1.5));
    assertThrows(IllegalArgumentException.class, () -> Checks.diskSpace(directory, -1));
    assertThrows(IllegalArgumentException.class, () -> Checks.tcp("localhost", 0));
    assertThrows(IllegalArgumentException.class, () -> Checks.tcp("localhost", 80).timeout(java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Checks.http(java.net.URI.create("ftp://host/")));
    assertThrows(IllegalArgumentException.class, () -> Checks.http(java.net.URI.create("http://h/")).expectStatus(300, 200));
  }
}
