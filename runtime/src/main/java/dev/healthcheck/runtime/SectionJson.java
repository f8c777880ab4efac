package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Writes the values of user sections, the only values whose type we do not know, with an
 * {@link ObjectMapper}. A value that cannot be written becomes an error entry for that section
 * alone, so one bad section never costs the rest of the body.
 */
final class SectionJson {

  /** Non-ASCII is escaped, as py-healthcheck's {@code json.dumps} does: the body is plain ASCII. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

  private SectionJson() {}

  /** Evaluates a section, turning an exception into an error entry. */
  static Object evaluate(Section section) {
    try {
      return section.value();
    } catch (Exception failure) {
      return error(failure);
    }
  }

  /** Writes one section's value as the next value of {@code json}. */
  static void write(JsonGenerator json, Object value) throws IOException {
    String text;
    try {
      text = MAPPER.writeValueAsString(value);
    } catch (IOException | RuntimeException unwritable) {
      text = MAPPER.writeValueAsString(error(unwritable));
    }
    json.writeRawValue(text);
  }

  /** The entry a section gets in place of a value it could not produce. */
  static Map<String, String> error(Throwable failure) {
    return Map.of("error", Failures.describe(failure));
  }

  /** A fresh generator writing into {@code out}. */
  static JsonGenerator generator(StringWriter out) throws IOException {
    return FACTORY.createGenerator(out);
  }
}
