package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Fails when the used heap exceeds a share of its maximum (SmallRye fails at 90%). Used heap
 * includes garbage not yet collected, so the ratio is an upper bound of what is live. Made by
 * {@link Checks#heap(double)}; immutable.
 */
public final class HeapCheck implements Check {

  private final double maxUsedRatio;

  HeapCheck(double maxUsedRatio) {
    if (!(maxUsedRatio > 0 && maxUsedRatio <= 1)) {
      throw new IllegalArgumentException("maxUsedRatio must be above 0 and at most 1: " + maxUsedRatio);
    }
    this.maxUsedRatio = maxUsedRatio;
  }

  /** Reads the heap's usage from the memory MXBean. */
  @Override
  public CheckResult run() {
    Deadline clock = Deadline.after(Checks.DEFAULT_TIMEOUT);
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    // -1 when the JVM has no maximum: what it has committed is then the nearest limit.
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    double ratio = (double) heap.getUsed() / max;
    String output = "heap " + Quantities.bytes(heap.getUsed()) + " used of " + Quantities.bytes(max)
        + " (" + Quantities.percent(ratio) + "; maximum " + Quantities.percent(maxUsedRatio) + "), read " + clock.took();
    return ratio <= maxUsedRatio ? CheckResult.ok(output) : CheckResult.fail(output);
  }

  @Override
  public String toString() {
    return "HeapCheck[maximum " + Quantities.percent(maxUsedRatio) + "]";
  }
}
