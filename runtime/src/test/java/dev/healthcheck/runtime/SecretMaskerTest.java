package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One masker per configuration of words, used for every text a person reads. */
class SecretMaskerTest {

  private static final String IBAN = "DE89370400440532013000";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void addedWordIsMaskedInTheLoggedFailureAndStackTraceAsInTheBody() throws InterruptedException {
    String body;
    String logged;
    try (LogCapture log = new LogCapture()) {
      body =
          HealthChecker.builder()
              .clock(clock)
              .secretKeys("iban")
              .check("payout", () -> {
                throw new IllegalStateException("refused iban=" + IBAN,
                    new RuntimeException("bank said iban: " + IBAN));
              })
              .build()
              .run()
              .body();
      assertTrue(log.awaitTrace(), "the stack trace is logged");
      logged = log.text();
    }

    assertFalse(body.contains(IBAN), body);
    assertTrue(logged.contains("refused iban=********"), logged);
    assertTrue(logged.contains("bank said iban: ********"), logged);
    assertFalse(logged.contains(IBAN), logged);
  }

  @Test
  void bodyHandlerGetsSectionsMasked() {
    String body =
        HealthChecker.builder()
            .section("db", Map.of("url", "postgres://app:hunter2@db/app", "password", "hunter3", "pool", 8))
            .successHandler(report -> report.sections().toString())
            .build()
            .run()
            .body();

    assertFalse(body.contains("hunter"), body);
    assertTrue(body.contains("postgres://********@db/app"), body);
    assertTrue(body.contains("pool=8"), body);
  }

  @Test
  void reportSectionsAreThePlainValuesOfTheScrubbedJson() {
    record Pool(String name, int size) {}

    Object pool =
        HealthChecker.builder().section("pool", new Pool("main", 8)).build().report().sections().get("pool");

    assertEquals(Map.of("name", "main", "size", 8), pool);
  }

  @Test
  void checkerAndDumpWithTheSameWordsShareOneMasker() {
    SecretMasker checker = HealthChecker.builder().secretKeys("iban").build().secretMasker();
    SecretMasker dump = EnvironmentDump.builder().secretKeys("iban").build().secretMasker();

    assertSame(checker, dump);
    assertEquals("iban=********", dump.mask("iban=" + IBAN));
    assertEquals("iban=" + IBAN, EnvironmentDump.builder().build().secretMasker().mask("iban=" + IBAN));
  }

  @Test
  void bindingsLogThroughTheConfiguredMasker() {
    SecretMasker masker = EnvironmentDump.builder().secretKeys("iban").build().secretMasker();
    String logged;
    try (LogCapture log = new LogCapture()) {
      masker.log(Level.ERROR, "failed on ?iban=" + IBAN, new IllegalStateException("iban=" + IBAN));
      logged = log.text();
    }

    assertEquals("failed on ?iban=********\njava.lang.IllegalStateException: iban=********\n", logged);
  }

  @Test
  void loggedLinesHaveControlCharactersEscaped() throws InterruptedException {
    String logged;
    try (LogCapture log = new LogCapture()) {
      HealthChecker.builder()
          .clock(clock)
          .check("forged", () -> {
            throw new IllegalStateException("down\r\nINFO: all good \u001b[2J\u0085");
          })
          .build()
          .run();
      assertTrue(log.awaitTrace(), "the stack trace is logged");
      logged = log.text();
    }

    assertTrue(logged.contains("down\\r\\nINFO: all good \\u001b[2J\\u0085"), logged);
    assertFalse(logged.contains("\r") || logged.contains("\u001b") || logged.contains("\u0085"), logged);
  }
}
