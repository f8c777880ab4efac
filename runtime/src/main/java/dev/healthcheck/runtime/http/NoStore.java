package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds {@code Cache-Control: no-store}: a probe must never be answered from a proxy's copy.
 *
 * <p>A checker answers every healthy run with one and the same header map and every failed run
 * with another, so each endpoint keeps the no-store variant of the few maps it has seen, keyed by
 * identity: a steady probe builds no header map at all. Identity is a sound key because a
 * {@link HealthResponse}'s headers are immutable.
 */
final class NoStore {

  static final String HEADER = "Cache-Control";
  static final String VALUE = "no-store";

  /** Room for every map a checker answers with: success and failure in each format, and 404. */
  private static final int CAPACITY = 8;

  /**
   * Replaced, never changed, so readers need no lock. Two threads that miss at once may each
   * replace it and one entry is lost; it is built again on its next miss.
   */
  private volatile Variant[] variants = new Variant[0];

  /**
   * The response with {@code Cache-Control: no-store}, unless its headers already name a
   * {@code Cache-Control} (set through the checker's success or failed headers): an explicit
   * choice wins.
   */
  HealthResponse apply(HealthResponse response) {
    Map<String, String> headers = response.headers();
    Map<String, String> noStore = variantOf(headers);
    return noStore == headers ? response : new HealthResponse(response.status(), noStore, response.body());
  }

  private Map<String, String> variantOf(Map<String, String> headers) {
    Variant[] known = variants;
    for (Variant variant : known) {
      if (variant.headers == headers) {
        return variant.noStore;
      }
    }
    Map<String, String> noStore = withNoStore(headers);
    Variant added = new Variant(headers, noStore);
    if (known.length < CAPACITY) {
      Variant[] grown = Arrays.copyOf(known, known.length + 1);
      grown[known.length] = added;
      variants = grown;
    } else {
      variants = new Variant[] {added}; // a checker that makes new maps per response: stay bounded
    }
    return noStore;
  }

  /**
   * {@code headers} itself when it names a {@code Cache-Control}, else an immutable copy in order
   * with {@code Cache-Control: no-store} added.
   */
  static Map<String, String> withNoStore(Map<String, String> headers) {
    for (String name : headers.keySet()) {
      if (name.equalsIgnoreCase(HEADER)) {
        return headers;
      }
    }
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(HEADER, VALUE);
    // A HealthResponse freezes its headers once and takes a map it froze as it is, without a copy.
    return new HealthResponse(200, copy, "").headers();
  }

  /** The no-store variant of one header map. */
  private record Variant(Map<String, String> headers, Map<String, String> noStore) {}
}
