package dev.healthcheck.checks;

import java.util.regex.Pattern;

/**
 * Credentials taken out of the addresses a check prints. The runtime masks every output again;
 * this keeps a check's own text clean when it is called directly ({@code Checks.jdbc(ds).run()}).
 */
final class Masked {

  static final String MASK = "********";

  /** {@code scheme://user:password@}: the whole user-info goes, as the runtime masks it. */
  private static final Pattern USER_INFO = Pattern.compile("(://)[^/@?#\\s]*@");

  /** {@code password=...} in JDBC URLs and their properties, up to the next separator. */
  private static final Pattern PASSWORD = Pattern.compile("(?i)((?:password|pwd)=)[^&;\\s]*");

  private Masked() {}

  /** The URL with its user-info and password parameters replaced by {@code ********}. */
  static String url(String url) {
    String masked = USER_INFO.matcher(url).replaceAll("$1" + MASK + "@");
    return PASSWORD.matcher(masked).replaceAll("$1" + MASK);
  }
}
