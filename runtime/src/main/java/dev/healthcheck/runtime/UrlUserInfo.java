package dev.healthcheck.runtime;

/**
 * Masks the user-info of every URL in a text: {@code postgres://app:s3cret@db/app} becomes
 * {@code postgres://********@db/app}.
 *
 * <p>The whole user-info goes, the user name too: a token is often passed as the user name
 * ({@code https://<token>@github.com}, {@code https://<token>:x-oauth-basic@github.com}). A
 * password may hold {@code @} or {@code /}, so after a {@code user:} the user-info runs to the last
 * {@code @} before the next whitespace; a URL without credentials but with an {@code @} later on
 * ({@code https://host:8080/x?mail=a@b}) loses more than its user-info, which is the safe way to
 * be wrong.
 *
 * <p>Written as a scan rather than a regular expression: a backtracking pattern for "to the last
 * {@code @}" is quadratic on a long list of URLs, this is linear.
 */
final class UrlUserInfo {

  private UrlUserInfo() {}

  static String mask(String text) {
    int separator = text.indexOf("://");
    if (separator < 0) {
      return text;
    }
    StringBuilder masked = null;
    int copied = 0;
    int wordEnd = -1;
    int lastAt = -1;
    while (separator >= 0) {
      int start = separator + 3;
      if (start > wordEnd) {
        wordEnd = endOfWord(text, start);
        lastAt = lastAt(text, start, wordEnd);
      }
      int userInfoEnd = hasScheme(text, separator) ? userInfoEnd(text, start, wordEnd, lastAt) : -1;
      if (userInfoEnd < 0) {
        separator = text.indexOf("://", start);
        continue;
      }
      if (masked == null) {
        masked = new StringBuilder(text.length());
      }
      masked.append(text, copied, start).append(SecretMasker.MASK);
      copied = userInfoEnd;
      separator = text.indexOf("://", userInfoEnd);
    }
    return masked == null ? text : masked.append(text, copied, text.length()).toString();
  }

  /**
   * Where the user-info that starts at {@code start} ends (its {@code @}), or -1 when there is
   * none: {@code user:...@} runs to the word's last {@code @}, {@code user@} to its own.
   */
  private static int userInfoEnd(String text, int start, int wordEnd, int lastAt) {
    for (int i = start; i < wordEnd; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return lastAt > i ? lastAt : -1;
      }
      if (c == '@') {
        return i > start ? i : -1;
      }
      if (c == '/' || c == '?' || c == '#') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a URL scheme ({@code [A-Za-z][A-Za-z0-9+.-]*}) ends just before {@code separator}. */
  private static boolean hasScheme(String text, int separator) {
    int first = separator;
    while (first > 0 && isSchemeChar(text.charAt(first - 1))) {
      first--;
    }
    return first < separator && isAsciiLetter(text.charAt(first));
  }

  private static boolean isSchemeChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int endOfWord(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int lastAt(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (text.charAt(i) == '@') {
        return i;
      }
    }
    return -1;
  }
}
