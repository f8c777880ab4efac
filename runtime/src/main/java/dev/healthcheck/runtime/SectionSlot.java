package dev.healthcheck.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One section of the health body, computed on every call (py-healthcheck never caches sections)
 * but with a check's protections: it runs on the check pool with the runner's timeout, and while
 * it runs every caller shares that run, so a section that blocks holds one thread and costs each
 * probe at most the timeout, never a hung request.
 */
final class SectionSlot {

  private final String name;
  private final Section section;
  private final RunSettings settings;
  private final SecretMasker masker;
  private final long timeoutNanos;
  private final AtomicReference<Run> running = new AtomicReference<>();

  SectionSlot(String name, Section section, RunSettings settings) {
    this.name = name;
    this.section = section;
    this.settings = settings;
    this.masker = settings.secrets();
    this.timeoutNanos = Deadlines.nanos(settings.timeout());
  }

  String name() {
    return name;
  }

  /** Joins the run in progress, or starts one. */
  Run begin() {
    while (true) {
      Run current = running.get();
      if (current != null) {
        return current;
      }
      Run started = new Run(System.nanoTime());
      if (running.compareAndSet(null, started)) {
        launch(started);
        return started;
      }
    }
  }

  private void launch(Run run) {
    try {
      settings.executor().execute(() -> finish(run, JacksonSetup.evaluate(section)));
    } catch (RejectedExecutionException rejected) {
      finish(run, JacksonSetup.error(rejected));
    }
  }

  /** Scrubbed and written here, on the pool: the probe's thread only copies the text. */
  private void finish(Run run, Object value) {
    SectionValue done =
        Failures.guarded(
            () -> SectionValue.of(value, masker),
            broken -> SectionValue.of(JacksonSetup.error(broken), masker));
    running.compareAndSet(run, null);
    run.future.complete(done);
  }

  /** One run of the section, shared by every caller that arrives while it runs. */
  final class Run {
    private final long startNanos;
    private final CompletableFuture<SectionValue> future = new CompletableFuture<>();

    Run(long startNanos) {
      this.startNanos = startNanos;
    }

    /** The value, or an error entry once the run is past its deadline. */
    SectionValue await() {
      long remaining = timeoutNanos - (System.nanoTime() - startNanos);
      try {
        return future.isDone() || remaining > 0
            ? future.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS)
            : timedOut();
      } catch (TimeoutException late) {
        return timedOut();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return SectionValue.of(Map.of("error", "interrupted while waiting for the section"), masker);
      } catch (ExecutionException impossible) {
        return SectionValue.of(JacksonSetup.error(impossible), masker);
      }
    }

    private SectionValue timedOut() {
      Duration timeout = settings.timeout();
      return SectionValue.of(Map.of("error", "timed out after " + timeout.toMillis() + " ms"), masker);
    }
  }
}
