package dev.healthcheck.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * py-healthcheck's numbers: times as epoch seconds and durations as seconds, both as plain
 * decimals with at most six fraction digits ({@code 1598022539.17}, {@code 0.0123}).
 *
 * <p>Written by hand rather than through {@code double}: {@code Double.toString} switches to
 * exponent form past 10^7, which some monitors' parsers reject.
 */
final class JsonNumbers {

  private JsonNumbers() {}

  /** The instant as epoch seconds, to the microsecond. */
  static String epochSeconds(Instant instant) {
    long seconds = instant.getEpochSecond();
    int micros = instant.getNano() / 1_000;
    if (seconds < 0) {
      return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(micros, 6)).stripTrailingZeros().toPlainString();
    }
    return decimal(seconds, micros);
  }

  /** The duration in seconds, rounded to the microsecond as py-healthcheck rounds it. */
  static String seconds(Duration duration) {
    long micros = (duration.toNanos() + 500) / 1_000;
    return decimal(micros / 1_000_000, (int) (micros % 1_000_000));
  }

  /** The duration in milliseconds, to the microsecond (health+json's {@code observedValue}). */
  static String milliseconds(Duration duration) {
    long micros = (duration.toNanos() + 500) / 1_000;
    return decimal(micros / 1_000, (int) (micros % 1_000) * 1_000);
  }

  /** {@code whole.fraction}, where {@code micros} is the fraction in millionths. */
  private static String decimal(long whole, int micros) {
    StringBuilder text = new StringBuilder(24).append(whole).append('.');
    if (micros == 0) {
      return text.append('0').toString();
    }
    int digits = 6;
    while (micros % 10 == 0) {
      micros /= 10;
      digits--;
    }
    String fraction = Integer.toString(micros);
    for (int pad = digits - fraction.length(); pad > 0; pad--) {
      text.append('0');
    }
    return text.append(fraction).toString();
  }
}
