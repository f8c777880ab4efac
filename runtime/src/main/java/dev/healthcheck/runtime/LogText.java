package dev.healthcheck.runtime;

/**
 * Makes text safe to log: control characters are written as escapes, so a check's output or a
 * caller's query cannot start a forged log line (CR, LF, U+2028), nor drive the terminal that
 * shows the log (ESC, the C1 controls). Tab stays: it forges nothing.
 */
final class LogText {

  private LogText() {}

  /** {@code text} with CR as {@code \r}, LF as {@code \n} and other controls as {@code \}{@code u001b}. */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        escaped.append(c);
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else {
        escaped.append(String.format("\\u%04x", (int) c));
      }
    }
    return escaped.toString();
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** C0 but tab, DEL, C1, and the Unicode line and paragraph separators. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
