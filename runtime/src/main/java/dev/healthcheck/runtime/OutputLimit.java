package dev.healthcheck.runtime;

/**
 * The bound on what one check may say. A longer output is cut, before it is masked, and says so:
 * a check that returns 10 MB must cost neither its timeout (masking takes about a second per MB)
 * nor a 10 MB body on every probe.
 */
final class OutputLimit {

  /**
   * 8,192 characters: at most 48 KiB in the JSON body even when every character is written as a
   * six-character escape (backslash, u and four hex digits), under the 64 KiB the documentation promises.
   */
  static final int MAX_CHARS = 8_192;

  /**
   * How far back from the cut a blank or separator is looked for, so that a URL or a
   * {@code name=value} pair is not cut in the middle, where the masker could no longer see it is a
   * secret.
   */
  private static final int WORD_SEARCH = 1_024;

  private OutputLimit() {}

  /** The output itself when it is short enough, else its start and a marker saying it was cut. */
  static String bounded(String output) {
    if (output == null || output.length() <= MAX_CHARS) {
      return output;
    }
    String marker = " [output truncated: " + output.length() + " characters, over the maximum of "
        + MAX_CHARS + "]";
    int keep = MAX_CHARS - marker.length();
    int blank = keep;
    while (blank > keep - WORD_SEARCH && !isBreak(output.charAt(blank - 1))) {
      blank--;
    }
    if (blank > keep - WORD_SEARCH) {
      keep = blank;
    } else if (Character.isHighSurrogate(output.charAt(keep - 1))) {
      keep--;
    }
    return output.substring(0, keep) + marker;
  }

  private static boolean isBreak(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '&';
  }
}
