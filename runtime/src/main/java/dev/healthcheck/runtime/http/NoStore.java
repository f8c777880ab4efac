package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds {@code Cache-Control: no-store}: a probe must never be answered from a proxy's copy. */
final class NoStore {

  static final String HEADER = "Cache-Control";
  static final String VALUE = "no-store";

  private NoStore() {}

  /**
   * The response with {@code Cache-Control: no-store}, unless its headers already name a
   * {@code Cache-Control} (set through the checker's success or failed headers): an explicit
   * choice wins.
   */
  static HealthResponse apply(HealthResponse response) {
    for (String name : response.headers().keySet()) {
      if (name.equalsIgnoreCase(HEADER)) {
        return response;
      }
    }
    Map<String, String> headers = new LinkedHashMap<>(response.headers());
    headers.put(HEADER, VALUE);
    return new HealthResponse(response.status(), headers, response.body());
  }
}
