package dev.healthcheck.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers of a response body, with py-healthcheck's default. */
final class ResponseHeaders {

  /** py-healthcheck's default headers: JSON, no charset (JSON is UTF-8 by definition). */
  static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  private ResponseHeaders() {}

  /**
   * The given headers, or the default when there are none: as in py-healthcheck, given headers
   * replace the default rather than add to it, and empty headers mean the default.
   */
  static Map<String, String> orDefault(Map<String, String> headers) {
    if (headers == null || headers.isEmpty()) {
      return JSON;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The headers with their {@code Content-Type} (in whatever case it was given) replaced. */
  static Map<String, String> withContentType(Map<String, String> headers, String contentType) {
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("Content-Type")) {
        copy.put(name, value);
      }
    });
    copy.put("Content-Type", contentType);
    return Collections.unmodifiableMap(copy);
  }
}
