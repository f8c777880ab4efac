package dev.healthcheck.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One run at a time of a piece of user code (a check, a section), shared by every caller that
 * arrives while it runs, with a deadline: the engine both {@link CheckSlot} and
 * {@link SectionSlot} stand on.
 *
 * <ul>
 *   <li>Single-flight: while a run is in progress, callers join it instead of starting another, so
 *       a burst of probes calls a dependency once, and a run that hangs holds one thread, not one
 *       per probe: no run starts until the one in progress has {@linkplain #land landed}.
 *   <li>A deadline at the run's start plus the timeout. A run's work is done when its user code
 *       {@linkplain Flight#arrive() arrives}; whatever follows is bounded, and is not counted
 *       against the timeout. A check arrives when it answers, and masking its output follows; a
 *       section arrives once it is also written and scrubbed, since writing it calls its own
 *       getters. Exactly one of "arrived in time" and "expired" holds for a run, decided once, so
 *       every caller sees the same verdict.
 *   <li>At the deadline, the thread still running the user code is interrupted (if it is in
 *       {@link Flight#enter()}), so a check that sleeps or waits on I/O interruptibly gives its
 *       thread back.
 * </ul>
 *
 * @param <T> what a run lands with; never {@code null}
 */
final class SingleFlight<T> {

  private final AtomicReference<Flight<T>> running = new AtomicReference<>();

  /**
   * The run in progress, or a new one: {@code launch} is called once for a new run, by the caller
   * that started it, after other callers can join it. It must lead to {@link #land}.
   */
  Flight<T> join(Consumer<Flight<T>> launch) {
    while (true) {
      Flight<T> current = running.get();
      if (current != null) {
        return current;
      }
      Flight<T> started = new Flight<>(System.nanoTime());
      if (running.compareAndSet(null, started)) {
        launch.accept(started);
        return started;
      }
    }
  }

  /** Whether this run is still the one in progress: it has not landed. */
  boolean inProgress(Flight<T> flight) {
    return running.get() == flight;
  }

  /**
   * Ends a run with its value. It stops being the run in progress before its waiters wake, so a
   * caller woken by it that joins again starts a new run rather than finding this one.
   */
  void land(Flight<T> flight, T value) {
    running.compareAndSet(flight, null);
    flight.result.complete(value);
  }

  /** Ends a run that broke: its waiters see the failure, and the next caller starts a new run. */
  void crash(Flight<T> flight, Throwable failure) {
    running.compareAndSet(flight, null);
    flight.result.completeExceptionally(failure);
  }

  /** One run, shared by every caller that arrives while it is in progress. */
  static final class Flight<T> {

    private final long startNanos;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    /** Guarded by this flight. */
    private boolean arrived;
    private boolean expired;
    private Thread runner;

    private Flight(long startNanos) {
      this.startNanos = startNanos;
    }

    /**
     * The run's value, waiting at most until its deadline; {@code null} once the deadline passed
     * without the user code having arrived. A run that arrived in time is waited for to the
     * end: what follows is bounded work.
     *
     * @throws ExecutionException if the run {@linkplain #crash crashed}
     */
    T await(long timeoutNanos) throws InterruptedException, ExecutionException {
      if (result.isDone()) {
        return result.get();
      }
      long remaining = timeoutNanos - (System.nanoTime() - startNanos);
      if (remaining > 0) {
        try {
          return result.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
          // decided below
        }
      }
      return expire() ? null : result.get();
    }

    /** When the run started, by {@link System#nanoTime()}. */
    long startNanos() {
      return startNanos;
    }

    /**
     * The user code runs on the calling thread from here until {@link #exit()}: the thread is
     * interrupted if the deadline passes meanwhile.
     */
    synchronized void enter() {
      runner = Thread.currentThread();
    }

    /** The user code has returned: its thread is the pool's again, and no longer interrupted by us. */
    synchronized void exit() {
      runner = null;
      if (expired) {
        Thread.interrupted(); // an interrupt meant for the check must not hit the pool's next task
      }
    }

    /**
     * The user code answered. {@code true} if that was in time, and the run's value is to be
     * recorded as its result; {@code false} if the deadline was declared passed first.
     */
    synchronized boolean arrive() {
      if (expired) {
        return false;
      }
      arrived = true;
      return true;
    }

    /**
     * Declares the deadline passed, unless the user code answered first; the first declaration
     * interrupts the thread still running it. {@code true} if the run is past its deadline.
     */
    synchronized boolean expire() {
      if (arrived) {
        return false;
      }
      if (!expired) {
        expired = true;
        if (runner != null) {
          runner.interrupt();
        }
      }
      return true;
    }
  }
}
