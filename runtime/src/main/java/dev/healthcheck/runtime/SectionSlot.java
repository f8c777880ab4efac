package dev.healthcheck.runtime;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One section, computed on every call (py-healthcheck never caches sections) but with a check's
 * protections ({@link SingleFlight}): it runs on the check pool with the runner's timeout, and
 * while it runs every caller shares that run, so a section that blocks holds one thread and costs
 * each caller at most the timeout, never a hung request. Its JSON is bounded
 * ({@link SectionLimit}). The health body's sections and the environment dump's
 * are both such slots.
 */
final class SectionSlot {

  private final String name;
  private final Section section;
  private final Executor executor;
  private final Duration timeout;
  private final long timeoutNanos;
  private final SecretMasker masker;
  private final SingleFlight<SectionValue> flights = new SingleFlight<>();

  SectionSlot(String name, Section section, Executor executor, Duration timeout, SecretMasker masker) {
    this.name = name;
    this.section = section;
    this.executor = executor;
    this.timeout = timeout;
    this.timeoutNanos = Deadlines.nanos(timeout);
    this.masker = masker;
  }

  String name() {
    return name;
  }

  /** Joins the run in progress, or starts one. */
  Flight<SectionValue> join() {
    return flights.join(this::launch);
  }

  /**
   * Computes, writes and scrubs the section on the pool, all of it within the timeout: writing
   * calls the section's getters, which may block as the section itself may. The caller's thread
   * only copies the text. Every path lands the run: one left in flight would make every later
   * call a timeout.
   */
  private void launch(Flight<SectionValue> run) {
    try {
      executor.execute(() -> {
        SectionValue value = null;
        Throwable broken = null;
        run.enter();
        try {
          value = SectionValue.of(JacksonSetup.evaluate(section), masker);
        } catch (Throwable failure) {
          // Rethrown on the pool it would leave the run unlanded.
          broken = failure;
        } finally {
          run.exit();
        }
        finish(run, value, broken);
      });
    } catch (RejectedExecutionException rejected) {
      finish(run, null, rejected);
    }
  }

  /**
   * Lands the run with its value, its error entry, or its timeout once past the deadline. Should
   * even the error entry fail (a second {@code OutOfMemoryError}, an exception whose message
   * throws), the run crashes: its callers write their own error entry, the next call starts anew.
   */
  private void finish(Flight<SectionValue> run, SectionValue value, Throwable broken) {
    try {
      SectionValue done = value != null ? value : error(broken);
      flights.land(run, run.arrive() ? done : timedOut());
    } catch (Throwable worse) {
      flights.crash(run, worse);
    }
  }

  private SectionValue error(Throwable failure) {
    return SectionValue.of(JacksonSetup.error(failure), masker);
  }

  /** The value, or an error entry once the run is past its deadline. */
  SectionValue await(Flight<SectionValue> run) {
    try {
      SectionValue value = run.await(timeoutNanos);
      return value != null ? value : timedOut();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return SectionValue.of(Map.of("error", "interrupted while waiting for the section"), masker);
    } catch (ExecutionException crashed) {
      return error(crashed);
    }
  }

  private SectionValue timedOut() {
    return SectionValue.of(Map.of("error", "timed out after " + timeout.toMillis() + " ms"), masker);
  }
}
