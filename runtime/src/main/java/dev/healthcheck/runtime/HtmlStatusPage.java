package dev.healthcheck.runtime;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status page a person sees in a browser: the overall status and one row per check, as a
 * self-contained HTML document (its style inline, no script, no image, nothing fetched from
 * elsewhere). Every name and output is escaped: a check's output is whatever its dependency said.
 */
final class HtmlStatusPage {

  private static final String STYLE = """
      :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
      color:#1f2328;background:#f6f8fa}
      body{margin:0;padding:32px}
      main{max-width:1100px;margin:0 auto}
      header{display:flex;align-items:center;gap:16px;padding:20px 24px;border-radius:10px;\
      background:#fff;border:1px solid #d0d7de;border-left:8px solid var(--state)}
      h1{margin:0;font-size:24px;font-weight:600}
      .meta{margin:4px 0 0;color:#59636e;font-size:14px}
      .pass{--state:#1a7f37}.warn{--state:#9a6700}.fail{--state:#cf222e}
      .badge{display:inline-block;padding:2px 10px;border-radius:999px;color:#fff;\
      background:var(--state);font-size:13px;font-weight:600;white-space:nowrap}
      header .badge{font-size:16px;padding:4px 14px}
      table{width:100%;margin-top:20px;border-collapse:separate;border-spacing:0;background:#fff;\
      border:1px solid #d0d7de;border-radius:10px;overflow:hidden;font-size:14px}
      th,td{padding:10px 14px;text-align:left;vertical-align:top;border-bottom:1px solid #eaeef2}
      tr:last-child td{border-bottom:none}
      th{background:#f6f8fa;color:#59636e;font-weight:600;font-size:12px;text-transform:uppercase;\
      letter-spacing:.04em;white-space:nowrap}
      td.groups{white-space:nowrap}
      td.name{font-weight:600;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
      td.output{white-space:pre-wrap;word-break:break-word;font-family:ui-monospace,SFMono-Regular,\
      Menlo,Consolas,monospace;font-size:13px;max-width:480px}
      td.number{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      .group{display:inline-block;margin:0 4px 4px 0;padding:1px 8px;border-radius:6px;\
      background:#eaeef2;font-size:12px}
      .empty{padding:20px 24px;color:#59636e}
      footer{margin-top:16px;color:#59636e;font-size:13px}
      footer a{color:#0969da}
      """;

  /**
   * What the page may load: its own inline style, and nothing else, so that even a page that
   * somehow carried markup could run no script and fetch nothing.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  /** {@code 2026-11-30 04:54:32 UTC}: to the second, which is all a person reads. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private HtmlStatusPage() {}

  /** The checker's headers for the page: its own {@code Content-Type} and content policy. */
  static Map<String, String> headers(Map<String, String> headers) {
    Map<String, String> html = new LinkedHashMap<>(
        ResponseHeaders.withContentType(headers, HealthFormat.HTML.mediaType()));
    html.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    html.put("X-Content-Type-Options", "nosniff");
    return ResponseHeaders.frozen(html);
  }

  /** The page of a report; without details, the overall status alone. */
  static String render(HealthReport report, boolean details) {
    StringBuilder html = new StringBuilder(2048 + 512 * report.results().size());
    String status = statusWord(report.status());
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"robots\" content=\"noindex\">\n<title>");
    escape(html, "Health: " + status + (details ? " \u2014 " + report.hostname() : ""));
    html.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    header(html, report, details, status);
    if (details) {
      table(html, report);
    }
    html.append("<footer>As JSON: <a href=\"?format=json\">?format=json</a></footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(StringBuilder html, HealthReport report, boolean details, String status) {
    html.append("<header class=\"").append(cssClass(report.status())).append("\" id=\"status\">")
        .append("<span class=\"badge\">").append(status).append("</span><div><h1>");
    if (details) {
      escape(html, report.hostname());
    } else {
      html.append("Health");
    }
    html.append("</h1><p class=\"meta\">");
    if (details) {
      html.append(report.results().size()).append(report.results().size() == 1 ? " check" : " checks")
          .append(", ").append(failedCount(report)).append(" failed \u00b7 ");
    }
    html.append("as of ").append(TIMESTAMP.format(report.timestamp()))
        .append("</p></div></header>\n");
  }

  private static void table(StringBuilder html, HealthReport report) {
    if (report.results().isEmpty()) {
      html.append("<table><tr><td class=\"empty\">No checks are registered.</td></tr></table>\n");
      return;
    }
    html.append("<table id=\"checks\">\n<thead><tr><th>Check</th><th>Status</th><th>Output</th>")
        .append("<th>Groups</th><th>Response time</th><th>Age</th></tr></thead>\n<tbody>\n");
    for (CheckReport check : report.results()) {
      HealthReport.Status state = stateOf(check);
      html.append("<tr class=\"").append(cssClass(state)).append("\"><td class=\"name\">");
      escape(html, check.checker());
      html.append("</td><td><span class=\"badge\">")
          .append(check.passed() ? "passed" : check.critical() ? "failed" : "failed (non-critical)")
          .append("</span></td><td class=\"output\">");
      escape(html, check.output());
      html.append("</td><td class=\"groups\">");
      for (String group : check.groups()) {
        html.append("<span class=\"group\">");
        escape(html, group);
        html.append("</span>");
      }
      html.append("</td><td class=\"number\">").append(milliseconds(check.responseTime()))
          .append("</td><td class=\"number\">")
          .append(age(Duration.between(check.timestamp(), report.timestamp())))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static HealthReport.Status stateOf(CheckReport check) {
    if (check.passed()) {
      return HealthReport.Status.PASS;
    }
    return check.critical() ? HealthReport.Status.FAIL : HealthReport.Status.WARN;
  }

  private static long failedCount(HealthReport report) {
    return report.results().stream().filter(check -> !check.passed()).count();
  }

  private static String statusWord(HealthReport.Status status) {
    return status == HealthReport.Status.FAIL ? "failure" : "success";
  }

  private static String cssClass(HealthReport.Status status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** {@code 12.3 ms}. */
  static String milliseconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1_000_000.0);
  }

  /** How old a result is, to the second: {@code 0 s}, {@code 42 s}, {@code 3 min 5 s}. */
  static String age(Duration age) {
    long seconds = Math.max(0, age.getSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + seconds % 60 + " s";
    }
    return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
  }

  /**
   * Appends {@code text} escaped for HTML text and attribute values. Control characters other
   * than tab and line breaks become U+FFFD: they are not allowed in HTML.
   */
  static void escape(StringBuilder html, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\t', '\n' -> html.append(c);
        case '\r' -> html.append('\n');
        default -> html.append(c < 0x20 || c == 0x7f ? '\ufffd' : c);
      }
    }
  }
}
