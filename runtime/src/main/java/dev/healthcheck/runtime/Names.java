package dev.healthcheck.runtime;

import java.util.Set;
import java.util.regex.Pattern;

/** The rules for check, group and section names, shared with the annotation processor's rules. */
final class Names {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /**
   * The keys of py-healthcheck's body and of health+json's: a section with one of these names
   * would overwrite them (py-healthcheck let it).
   */
  private static final Set<String> BODY_KEYS =
      Set.of("hostname", "status", "timestamp", "results", "checks", "output", "links");

  private Names() {}

  /** Whether a section of the health body may not take this name. */
  static boolean isBodyKey(String name) {
    return BODY_KEYS.contains(name);
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
