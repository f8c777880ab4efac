package dev.healthcheck.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The headers of a response: py-healthcheck's default, and an immutable, ordered map that a
 * {@link HealthResponse} takes without copying, so a probe served from the cache copies none.
 */
final class ResponseHeaders extends AbstractMap<String, String> {

  /** py-healthcheck's default headers: JSON, no charset (JSON is UTF-8 by definition). */
  static final Map<String, String> JSON =
      new ResponseHeaders(Map.of("Content-Type", "application/json"));

  private final Map<String, String> entries;

  private ResponseHeaders(Map<String, String> headers) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** {@code headers} itself if it is already one of ours, else an immutable copy in order. */
  static Map<String, String> frozen(Map<String, String> headers) {
    return headers instanceof ResponseHeaders ? headers : new ResponseHeaders(headers);
  }

  /**
   * The given headers, or the default when there are none: as in py-healthcheck, given headers
   * replace the default rather than add to it, and empty headers mean the default.
   */
  static Map<String, String> orDefault(Map<String, String> headers) {
    return headers == null || headers.isEmpty() ? JSON : frozen(headers);
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
    return frozen(copy);
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return entries.entrySet();
  }

  @Override
  public String get(Object name) {
    return entries.get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return entries.containsKey(name);
  }

  @Override
  public int size() {
    return entries.size();
  }
}
