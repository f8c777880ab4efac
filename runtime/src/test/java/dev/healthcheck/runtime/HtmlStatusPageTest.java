package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HTML status page's text: what it shows, and that nothing a check says becomes markup. */
class HtmlStatusPageTest {

  private static final Instant NOW = Instant.parse("2026-11-30T05:00:00Z");

  private static CheckReport check(String name, String output, boolean passed, Set<String> groups) {
    return new CheckReport(name, output, passed, true, NOW.minusSeconds(75), NOW.plusSeconds(10),
        Duration.ofNanos(12_345_678), groups);
  }

  @Test
  void showsStatusAndOneRowPerCheck() {
    HealthReport report = new HealthReport("web-1", HealthReport.Status.FAIL, NOW,
        List.of(check("db", "connected", true, new LinkedHashSet<>(List.of("readiness", "startup"))),
            check("mail", "refused: 554", false, Set.of())),
        Map.of());
    String page = HtmlStatusPage.render(report, true);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("<span class=\"badge\">failure</span>"), page);
    assertTrue(page.contains("<td class=\"name\">db</td><td><span class=\"badge\">passed</span></td>"
        + "<td class=\"output\">connected</td><td class=\"groups\"><span class=\"group\">readiness</span>"
        + "<span class=\"group\">startup</span></td><td class=\"number\">12.3 ms</td>"
        + "<td class=\"number\">1 min 15 s</td>"), page);
    assertTrue(page.contains("as of 2026-11-30 05:00:00 UTC"), page);
    assertTrue(page.contains("<td class=\"name\">mail</td><td><span class=\"badge\">failed</span>"), page);
  }

  @Test
  void escapesEveryNameAndOutput() {
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quoted\" 'single'\u0000\u001b[31m";
    HealthReport report = new HealthReport("<b>host</b>", HealthReport.Status.FAIL, NOW,
        List.of(check("db", hostile, false, Set.of("ready"))), Map.of());
    String page = HtmlStatusPage.render(report, true);
    assertFalse(page.contains("<script"), page);
    assertFalse(page.contains("<img"), page);
    assertFalse(page.contains("<b>"), page);
    assertFalse(page.contains("\u0000") || page.contains("\u001b"), page);
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; "
        + "&quot;quoted&quot; &#39;single&#39;\ufffd\ufffd[31m"), page);
  }

  @Test
  void withoutDetailsShowsTheStatusAlone() {
    HealthReport report = new HealthReport("web-1", HealthReport.Status.PASS, NOW,
        List.of(check("db", "secret-ish detail", true, Set.of())), Map.of());
    String page = HtmlStatusPage.render(report, false);
    assertTrue(page.contains("<span class=\"badge\">success</span>"), page);
    assertFalse(page.contains("secret-ish detail") || page.contains("web-1") || page.contains("<table"), page);
  }

  @Test
  void agesReadAsAPersonWouldSayThem() {
    assertEquals("0 s", HtmlStatusPage.age(Duration.ofMillis(-5)));
    assertEquals("42 s", HtmlStatusPage.age(Duration.ofSeconds(42)));
    assertEquals("3 min 5 s", HtmlStatusPage.age(Duration.ofSeconds(185)));
    assertEquals("2 h 1 min", HtmlStatusPage.age(Duration.ofSeconds(7260)));
  }

  @Test
  void pageHeadersReplaceTheContentTypeAndForbidEverythingExternal() {
    Map<String, String> headers = HtmlStatusPage.headers(Map.of("Content-Type", "application/json", "X-Service", "a"));
    assertEquals("text/html; charset=utf-8", headers.get("Content-Type"));
    assertEquals("a", headers.get("X-Service"));
    assertEquals("default-src 'none'; style-src 'unsafe-inline'", headers.get("Content-Security-Policy"));
  }
}
