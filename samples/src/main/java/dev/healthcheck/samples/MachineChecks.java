package dev.healthcheck.samples;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.checks.Checks;
import dev.healthcheck.runtime.CheckResult;
import java.nio.file.Path;

/** Checks of what the service needs from the machine it runs on, made of built-in checks. */
public final class MachineChecks {

  private static final long MIN_FREE_DISK_BYTES = 100L * 1024 * 1024;
  private static final double MAX_HEAP_USED = 0.9;

  private MachineChecks() {}

  /**
   * The heap is not nearly full. A liveness check: a JVM that cannot allocate is better restarted.
   */
  @HealthCheck(groups = {"liveness", "startup"})
  public static CheckResult heap() {
    return Checks.heap(MAX_HEAP_USED).run();
  }

  /** The disk the service writes to has 100 MiB left. */
  @HealthCheck(groups = "readiness")
  public static CheckResult diskSpace() {
    return Checks.diskSpace(Path.of("").toAbsolutePath(), MIN_FREE_DISK_BYTES).run();
  }
}
