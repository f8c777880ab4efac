package dev.healthcheck.runtime;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The bound on what one section may write, built-in or custom, in the health body or the
 * environment dump. A section that writes more is replaced by an error entry that says so: JSON
 * cut short is no JSON. Writing stops at the bound, so a section of 10 MB costs what one of the
 * bound costs, not seconds on every request.
 */
final class SectionLimit {

  /**
   * 262,144 characters of compact JSON, counted as written before scrubbing (a non-ASCII
   * character counts six, as its escape): a whole {@code environ} of a service with hundreds of
   * variables fits many times over, and a section this size is written and scrubbed in 40 ms
   * (plain text) to 160 ms (every entry a URL with a password), on 2 cores.
   */
  static final int MAX_CHARS = 262_144;

  private SectionLimit() {}

  /** The entry that replaces a section whose JSON is longer than {@link #MAX_CHARS}. */
  static Map<String, String> tooLarge() {
    return Map.of("error", "too large: the section's JSON is longer than the maximum of "
        + MAX_CHARS + " characters; return less, or split it into sections");
  }

  /** A section's JSON text, which stops being written, by throwing, once it passes the bound. */
  static final class Text extends Writer {
    private final StringBuilder text = new StringBuilder();
    private boolean exceeded;

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      makeRoom(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
      makeRoom(length);
      text.append(string, offset, offset + length);
    }

    private void makeRoom(int length) throws IOException {
      if (text.length() + length > MAX_CHARS) {
        exceeded = true;
        throw new IOException("more than " + MAX_CHARS + " characters");
      }
    }

    /** Whether writing stopped at the bound. */
    boolean exceeded() {
      return exceeded;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
