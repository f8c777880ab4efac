package dev.healthcheck.samples;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks of what the service needs from the machine it runs on. */
public final class MachineChecks {

  private static final long MIN_FREE_DISK_BYTES = 100L * 1024 * 1024;
  private static final double MAX_HEAP_USED = 0.9;

  private MachineChecks() {}

  /**
   * The heap is not nearly full. A liveness check: a JVM that cannot allocate is better restarted.
   */
  @HealthCheck(groups = {"liveness", "startup"})
  public static CheckResult heap() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    String output = "heap " + mebibytes(heap.getUsed()) + " used of " + mebibytes(max);
    return heap.getUsed() < MAX_HEAP_USED * max ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  /** The disk the service writes to has 100 MiB left. */
  @HealthCheck(groups = "readiness")
  public static CheckResult diskSpace() throws IOException {
    Path directory = Path.of("").toAbsolutePath();
    FileStore store = Files.getFileStore(directory);
    String output =
        mebibytes(store.getUsableSpace()) + " free of " + mebibytes(store.getTotalSpace()) + " at " + directory;
    return store.getUsableSpace() >= MIN_FREE_DISK_BYTES ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
