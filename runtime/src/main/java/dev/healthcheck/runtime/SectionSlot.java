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
 * each caller at most the timeout, never a hung request. The health body's sections and the
 * environment dump's are both such slots.
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

  private void launch(Flight<SectionValue> run) {
    try {
      executor.execute(() -> {
        run.enter();
        Object value;
        try {
          value = JacksonSetup.evaluate(section);
        } catch (Throwable fatal) {
          // Rethrown on the pool it would leave the run unlanded, every later call timing out.
          value = JacksonSetup.error(fatal);
        } finally {
          run.exit();
        }
        finish(run, value);
      });
    } catch (RejectedExecutionException rejected) {
      finish(run, JacksonSetup.error(rejected));
    }
  }

  /**
   * Scrubbed and written here, on the pool, once the section has answered: the caller's thread
   * only copies the text, and this work is not counted against the section's timeout.
   */
  private void finish(Flight<SectionValue> run, Object value) {
    if (!run.arrive()) {
      flights.land(run, timedOut()); // too late: its callers have reported the timeout
      return;
    }
    SectionValue done =
        Failures.guarded(
            () -> SectionValue.of(value, masker),
            broken -> SectionValue.of(JacksonSetup.error(broken), masker));
    flights.land(run, done);
  }

  /** The value, or an error entry once the run is past its deadline. */
  SectionValue await(Flight<SectionValue> run) {
    try {
      SectionValue value = run.await(timeoutNanos);
      return value != null ? value : timedOut();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return SectionValue.of(Map.of("error", "interrupted while waiting for the section"), masker);
    } catch (ExecutionException impossible) {
      return SectionValue.of(JacksonSetup.error(impossible), masker);
    }
  }

  private SectionValue timedOut() {
    return SectionValue.of(Map.of("error", "timed out after " + timeout.toMillis() + " ms"), masker);
  }
}
