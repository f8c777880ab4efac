package dev.healthcheck.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules for check, group and section names, shared with the annotation processor's rules. */
final class Names {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /**
   * The keys of py-healthcheck's body and of health+json's: a section with one of these names
   * would overwrite them (py-healthcheck let it).
   */
  static final Map<String, String> BODY_KEYS = bodyKeys(
      "hostname", "status", "timestamp", "results", "checks", "output", "links");

  private Names() {}

  /** Each body key, with why a section may not take it. */
  private static Map<String, String> bodyKeys(String... keys) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String key : keys) {
      reasons.put(key, "is a key of the health body itself; choose another name");
    }
    return Collections.unmodifiableMap(reasons);
  }

  /** Whether {@code name} may name a check, group or section (it appears in URLs and JSON keys). */
  static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }

  /** Returns {@code name}, or throws saying which kind of name was wrong and what is allowed. */
  static String requireValid(String kind, String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          kind
              + " name '"
              + name
              + "' is not valid; use a non-empty name made of letters, digits, '_', '-' and '.'");
    }
    return name;
  }
}
