package dev.healthcheck.runtime;

import java.util.regex.Pattern;

/**
 * Masks credentials written inside a value, such as the password of
 * {@code postgres://app:s3cret@db:5432/app} or of {@code jdbc:mysql://db/app?password=s3cret}.
 */
final class Credentials {

  /** py-healthcheck's mask: eight asterisks in place of the value. */
  static final String MASK = "********";

  /** The user-info part of a URL: {@code scheme://user:password@}. */
  private static final Pattern USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://[^/\\s:@]*:)([^/\\s@]+)(@)");

  /**
   * A {@code name=value} pair whose name says it holds a secret, as in a JDBC URL's
   * {@code ;password=...}, a query string's {@code &access_token=...} or a command line's
   * {@code --db.password=...}. Only {@code =} separates: {@code name: value} is also how exception
   * messages read ({@code AuthenticationException: bad request}), and masking those hides the
   * reason a check failed.
   */
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "((?:^|[?&;,\\s\"'{(])-{0,2}[A-Za-z0-9_.\\-]*"
              + "(?i:key|token|pass|secret|credential|auth|private)"
              + "[A-Za-z0-9_.\\-]*=)([^&;,\\s\"'})]+)");

  private Credentials() {}

  /** {@code text} with every embedded credential replaced by {@link #MASK}. */
  static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = USER_INFO.matcher(text).replaceAll("$1" + MASK + "$3");
    return SECRET_PARAMETER.matcher(masked).replaceAll("$1" + MASK);
  }
}
