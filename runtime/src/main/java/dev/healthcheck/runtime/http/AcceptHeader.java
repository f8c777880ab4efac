package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthFormat;
import java.util.Locale;

/**
 * HTTP content negotiation for the health endpoint: which body format an {@code Accept} header
 * asks for. Header values are the caller's to write, so nothing here throws or logs: a range that
 * cannot be read counts for nothing, and a header that says nothing readable gets the default.
 */
final class AcceptHeader {

  private AcceptHeader() {}

  /**
   * The format {@code accept} asks for: the HTML page when it gives {@code text/html} a higher
   * quality than JSON (a browser's header does; {@code *}{@code /*} alone, as the kubelet and curl
   * send, gives both the same, and stays JSON); else health+json when it lists
   * {@code application/health+json} at least as high as {@code application/json}; else
   * py-healthcheck's JSON.
   */
  static HealthFormat format(String accept) {
    if (accept == null || accept.isBlank()) {
      return HealthFormat.PY_HEALTHCHECK;
    }
    Qualities qualities = new Qualities();
    int start = 0;
    while (start <= accept.length()) {
      int end = accept.indexOf(',', start);
      if (end < 0) {
        end = accept.length();
      }
      qualities.add(accept.substring(start, end));
      start = end + 1;
    }
    return qualities.format();
  }

  /**
   * The quality a media range gives, read from {@code type/subtype;q=0.5;...}: 1 without a
   * {@code q}, 0 for one that is not a number between 0 and 1.
   */
  static double quality(String range) {
    int parameter = range.indexOf(';');
    while (parameter >= 0) {
      int next = range.indexOf(';', parameter + 1);
      String value = range.substring(parameter + 1, next < 0 ? range.length() : next).strip();
      if (value.length() >= 2 && (value.charAt(0) == 'q' || value.charAt(0) == 'Q') && value.charAt(1) == '=') {
        return number(value.substring(2).strip());
      }
      parameter = next;
    }
    return 1;
  }

  /** RFC 9110's {@code qvalue}: {@code 0}, {@code 1}, {@code 0.5}; anything else counts as 0. */
  private static double number(String text) {
    if (text.isEmpty() || text.length() > 5) {
      return 0;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        return 0; // also keeps out NaN, Infinity, exponents and hexadecimal
      }
    }
    try {
      double quality = Double.parseDouble(text);
      return quality <= 1 ? quality : 0;
    } catch (NumberFormatException malformed) {
      return 0;
    }
  }

  /** The media type of a range, lower case, without parameters; {@code ""} for none. */
  static String mediaType(String range) {
    int parameters = range.indexOf(';');
    return (parameters < 0 ? range : range.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The qualities one header gives the types we serve, the highest where it lists one twice. For
   * choosing HTML, a type takes the quality of the most specific range that matches it
   * ({@code text/html} over {@code text/*} over {@code *}{@code /*}), as RFC 9110 section 12.5.1
   * says; health+json is chosen only when named.
   */
  private static final class Qualities {
    private static final int UNLISTED = -1;

    private double healthJson = UNLISTED;
    private double json = UNLISTED;
    private double html = UNLISTED;
    private double anyText = UNLISTED;
    private double anyApplication = UNLISTED;
    private double any = UNLISTED;

    void add(String range) {
      switch (mediaType(range)) {
        case "application/health+json" -> healthJson = Math.max(healthJson, quality(range));
        case "application/json" -> json = Math.max(json, quality(range));
        case "application/*" -> anyApplication = Math.max(anyApplication, quality(range));
        case "text/html" -> html = Math.max(html, quality(range));
        case "text/*" -> anyText = Math.max(anyText, quality(range));
        case "*/*" -> any = Math.max(any, quality(range));
        default -> { }
      }
    }

    HealthFormat format() {
      double htmlQuality = mostSpecific(html, anyText, any);
      double jsonQuality = Math.max(mostSpecific(json, anyApplication, any), Math.max(healthJson, 0));
      if (htmlQuality > jsonQuality) {
        return HealthFormat.HTML;
      }
      return healthJson > 0 && healthJson >= json ? HealthFormat.HEALTH_JSON : HealthFormat.PY_HEALTHCHECK;
    }

    private static double mostSpecific(double exact, double wildcard, double any) {
      if (exact != UNLISTED) {
        return exact;
      }
      if (wildcard != UNLISTED) {
        return wildcard;
      }
      return any == UNLISTED ? 0 : any;
    }
  }
}
