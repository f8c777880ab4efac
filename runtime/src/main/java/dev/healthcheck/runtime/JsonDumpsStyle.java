package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;

/**
 * Python's {@code json.dumps} style, so that our bodies are byte for byte what py-healthcheck
 * writes for the same results: {@code ", "} between items and {@code ": "} between a key and its
 * value, nothing else ({@code {}}, {@code []}, no newline), and, with {@link Escapes}, every
 * character outside printable ASCII escaped as {@code \u00e9} (lower-case hex, DEL included).
 * Monitors configured for py-healthcheck match the text ({@code check_http -s '"status":
 * "success"'}), so ours is spaced and escaped the same.
 *
 * <p>Stateless, so one instance serves every generator at once.
 */
final class JsonDumpsStyle implements PrettyPrinter {

  static final JsonDumpsStyle INSTANCE = new JsonDumpsStyle();

  /** Between two items of an object or an array. */
  static final String ITEM = ", ";

  /** Between a key and its value. */
  static final String KEY = ": ";

  private JsonDumpsStyle() {}

  @Override
  public void writeRootValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator json) throws IOException {
    json.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator json) {}

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(KEY);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
    json.writeRaw(ITEM);
  }

  @Override
  public void writeEndObject(JsonGenerator json, int entries) throws IOException {
    json.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator json) throws IOException {
    json.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator json) {}

  @Override
  public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(ITEM);
  }

  @Override
  public void writeEndArray(JsonGenerator json, int values) throws IOException {
    json.writeRaw(']');
  }

  /**
   * {@code json.dumps}' {@code ensure_ascii}: Jackson's standard escapes, and DEL (0x7f) too,
   * which Python escapes and Jackson does not. Characters above 0x7f are escaped by the factory's
   * {@code ESCAPE_NON_ASCII}.
   */
  static final class Escapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
