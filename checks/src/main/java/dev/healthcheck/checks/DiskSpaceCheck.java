package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Passes while the file system holding a path has at least {@code minFreeBytes} usable by this
 * JVM (Spring Boot and Micronaut fail below 10 MiB). Made by {@link Checks#diskSpace(Path, long)};
 * immutable.
 */
public final class DiskSpaceCheck implements Check {

  private final Path path;
  private final long minFreeBytes;

  DiskSpaceCheck(Path path, long minFreeBytes) {
    this.path = Objects.requireNonNull(path, "path");
    if (minFreeBytes < 0) {
      throw new IllegalArgumentException("minFreeBytes must not be negative: " + minFreeBytes);
    }
    this.minFreeBytes = minFreeBytes;
  }

  /** Reads the file system's usable and total space. */
  @Override
  public CheckResult run() {
    Deadline clock = Deadline.after(Checks.DEFAULT_TIMEOUT);
    long usable;
    long total;
    try {
      FileStore store = Files.getFileStore(path);
      usable = store.getUsableSpace();
      total = store.getTotalSpace();
    } catch (IOException failed) {
      return CheckResult.fail("disk space at " + path + " unknown: " + Sockets.reason(failed) + " " + clock.took());
    }
    String output = Quantities.bytes(usable) + " usable of " + Quantities.bytes(total) + " at " + path
        + " (minimum " + Quantities.bytes(minFreeBytes) + "), read " + clock.took();
    return usable >= minFreeBytes ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  @Override
  public String toString() {
    return "DiskSpaceCheck[" + path + ", minimum " + Quantities.bytes(minFreeBytes) + "]";
  }
}
