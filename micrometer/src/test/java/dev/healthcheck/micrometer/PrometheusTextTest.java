package dev.healthcheck.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The exposition reader the metrics tests rely on: it must not pass a test by misreading. */
class PrometheusTextTest {

  private static final String TEXT = """
      # HELP health_check_status Whether the check's latest result passed
      # TYPE health_check_status gauge
      health_check_status{critical="true",check="db"} 0.0
      health_check_status{check="cache",critical="false"} 1.0
      health_status NaN
      odd{path="a\\"b\\\\c\\nd"} +Inf 1712000000000
      """;

  @Test
  void findsSamplesWhateverTheOrderOfTheirLabels() {
    PrometheusText text = PrometheusText.parse(TEXT);
    assertEquals(OptionalDouble.of(0), text.value("health_check_status", "check", "db", "critical", "true"));
    assertEquals(OptionalDouble.of(1), text.value("health_check_status", "critical", "false", "check", "cache"));
    assertEquals(2, text.samples("health_check_status").size());
  }

  @Test
  void aSampleMatchesOnlyItsWholeLabelSet() {
    PrometheusText text = PrometheusText.parse(TEXT);
    assertEquals(OptionalDouble.empty(), text.value("health_check_status", "check", "db"));
    assertEquals(OptionalDouble.empty(), text.value("health_check_status", "check", "db", "critical", "false"));
    assertEquals(OptionalDouble.empty(), text.value("health_status_missing"));
  }

  @Test
  void readsNanInfinityEscapesAndTimestamps() {
    PrometheusText text = PrometheusText.parse(TEXT);
    assertTrue(Double.isNaN(text.value("health_status").getAsDouble()));
    assertEquals(OptionalDouble.of(Double.POSITIVE_INFINITY), text.value("odd", "path", "a\"b\\c\nd"));
  }

  @Test
  void refusesALineThatIsNoSample() {
    assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("health_status{check=\"db\" 1\n"));
  }
}
