package dev.healthcheck.checks;

import java.time.Duration;
import java.util.Locale;

/** Sizes and periods as outputs print them: {@code 1.5 GiB}, {@code 14 days}. */
final class Quantities {

  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

  private Quantities() {}

  /** {@code 512 B}, {@code 10.0 MiB}, {@code 1.5 GiB}. */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    int unit = 0;
    double value = bytes;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** {@code 14 days}, {@code 1 day}, {@code 12 hours}, {@code 90 seconds}: the largest whole unit. */
  static String period(Duration period) {
    if (period.toDays() > 0 && period.equals(Duration.ofDays(period.toDays()))) {
      return count(period.toDays(), "day");
    }
    if (period.toHours() > 0 && period.equals(Duration.ofHours(period.toHours()))) {
      return count(period.toHours(), "hour");
    }
    if (period.toMinutes() > 0 && period.equals(Duration.ofMinutes(period.toMinutes()))) {
      return count(period.toMinutes(), "minute");
    }
    return count(period.getSeconds(), "second");
  }

  /** {@code 1 day}, {@code 3 days}. */
  static String count(long amount, String unit) {
    return amount + " " + unit + (amount == 1 ? "" : "s");
  }

  /** {@code 12%}. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }
}
