package dev.healthcheck.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * Time arithmetic that saturates instead of overflowing: "cache it for ever" and "no real
 * timeout" ({@code ChronoUnit.FOREVER}, {@code Long.MAX_VALUE} milliseconds) are natural settings,
 * and must not turn into an {@code ArithmeticException} on every probe.
 */
final class Deadlines {

  /** About 146 years: beyond any real timeout, and far from {@code long} overflow. */
  private static final long MAX_NANOS = Long.MAX_VALUE / 2;

  private Deadlines() {}

  /** The duration in nanoseconds, at most {@link #MAX_NANOS}. */
  static long nanos(Duration duration) {
    return duration.compareTo(Duration.ofNanos(MAX_NANOS)) >= 0 ? MAX_NANOS : duration.toNanos();
  }

  /**
   * {@code instant + duration}, or {@link Instant#MAX} when that is past it. Compared in whole
   * seconds, with one to spare for the nanoseconds: {@code Duration.between(instant, Instant.MAX)}
   * throws and catches an {@code ArithmeticException} inside the JDK on every call, which cost
   * 8 µs a check on every probe of a refreshed check and on every uncached run.
   */
  static Instant plus(Instant instant, Duration duration) {
    long secondsLeft = Instant.MAX.getEpochSecond() - instant.getEpochSecond() - 1;
    return duration.getSeconds() >= secondsLeft ? Instant.MAX : instant.plus(duration);
  }
}
