package dev.healthcheck.runtime;

import java.util.regex.Pattern;

/** The shape of check, group and section names, shared with the annotation processor's rules. */
final class Names {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  private Names() {}

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
