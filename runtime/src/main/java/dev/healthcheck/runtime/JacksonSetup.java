package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The runtime's whole Jackson setup: the one factory every body is written with, the one mapper
 * that writes the values of user sections (the only values whose type we do not know), and
 * {@link #write}, the one way text is written through a generator.
 *
 * <p>A section's value is written, scrubbed of secrets ({@link Scrubber}); a value that cannot be
 * written becomes an error entry for that section alone, so one bad section never costs the rest
 * of the body.
 */
final class JacksonSetup {

  /**
   * Non-ASCII is escaped, in lower-case hex, as py-healthcheck's {@code json.dumps} does: the
   * body is plain ASCII, byte for byte what Python writes ({@link JsonDumpsStyle}).
   */
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .characterEscapes(new JsonDumpsStyle.Escapes())
          .build();

  /**
   * Values go to text and back to a tree before they are scrubbed: unlike {@code valueToTree},
   * writing enforces Jackson's nesting limit, so a cyclic value fails instead of overflowing the
   * stack, and raw JSON ({@code @JsonRawValue}) is parsed, so the scrubber sees inside it. Decimals
   * are read as {@code BigDecimal}, unstripped, so the round trip changes no number.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .addModule(JdkTypesModule.create())
          .build();

  /** Writes a section's tree spaced as {@code json.dumps} spaces it. */
  private static final ObjectWriter JSON_DUMPS = MAPPER.writer(JsonDumpsStyle.INSTANCE);

  /** Reads text that may hold JSON; trailing text means it is not JSON after all. */
  private static final ObjectReader EMBEDDED =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JacksonSetup() {}

  /** Evaluates a section, turning anything it throws (but a fatal error) into an error entry. */
  static Object evaluate(Section section) {
    return Failures.guarded(section::value, JacksonSetup::error);
  }

  /** The value as a scrubbed JSON tree, or the scrubbed error entry of why it cannot be written. */
  static JsonNode scrubbed(Object value, SecretMasker masker) {
    SectionLimit.Text text = new SectionLimit.Text();
    JsonNode tree =
        Failures.guarded(
            () -> {
              MAPPER.writeValue(text, value);
              return MAPPER.readTree(text.toString());
            },
            unwritable -> MAPPER.valueToTree(text.exceeded() ? SectionLimit.tooLarge() : error(unwritable)));
    return masker.scrubber().scrub(tree);
  }

  /**
   * A scrubbed tree as the plain Java values JSON reads into: maps in order, lists, strings,
   * {@code BigDecimal}s and other numbers, booleans and {@code null}.
   */
  static Object plain(JsonNode tree) {
    return MAPPER.convertValue(tree, Object.class);
  }

  /**
   * The JSON object, array or string that {@code text} holds, or {@code null} when it holds none:
   * a section's text may be JSON itself ({@code SPRING_APPLICATION_JSON}), even JSON encoded
   * twice, as py-healthcheck 1.10.0 once wrote its {@code environ}.
   */
  static JsonNode parseEmbedded(String text) {
    String trimmed = text.strip();
    if (!(trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\""))) {
      return null;
    }
    try {
      JsonNode tree = EMBEDDED.readTree(trimmed);
      return tree != null && (tree.isContainerNode() || tree.isTextual()) ? tree : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** A tree as JSON text spaced as {@code json.dumps} spaces it, for a body. */
  static String text(JsonNode tree) {
    return write(JSON_DUMPS, tree);
  }

  /**
   * A tree as compact JSON text, for JSON held inside a string: the text it came from was most
   * likely compact too.
   */
  static String compactText(JsonNode tree) {
    return write(MAPPER.writer(), tree);
  }

  private static String write(ObjectWriter writer, JsonNode tree) {
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException("a parsed tree is writable", impossible);
    }
  }

  /**
   * The entry a section gets in place of a value it could not produce; scrubbed, as every value
   * is, before anyone reads it.
   */
  static Map<String, String> error(Throwable failure) {
    Throwable cause = Failures.unwrap(failure);
    if (cause instanceof JsonProcessingException jackson) {
      // Without the reference chain Jackson appends: for a cycle, a thousand links long.
      return Map.of(
          "error", jackson.getClass().getName() + ": " + jackson.getOriginalMessage());
    }
    return Map.of("error", Failures.describe(failure));
  }

  /**
   * The JSON text that {@code content} writes through a generator of {@link #FACTORY}.
   *
   * @param expectedLength the text's likely length, so the buffer is sized once
   */
  static String write(int expectedLength, JsonContent content) {
    StringWriter out = new StringWriter(expectedLength);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(JsonDumpsStyle.INSTANCE);
      content.writeTo(json);
    } catch (IOException impossible) {
      throw new UncheckedIOException("a StringWriter does not fail", impossible);
    }
    return out.toString();
  }

  /** What writes one JSON text through a generator. */
  @FunctionalInterface
  interface JsonContent {
    void writeTo(JsonGenerator json) throws IOException;
  }
}
