package dev.healthcheck.runtime.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query string, decoded here rather than by the server so that every binding
 * treats the same query the same way, and strictly: a malformed escape or bytes that are not UTF-8
 * are the caller's error to hear about, not a name silently turned into replacement characters.
 */
final class QueryParameters {

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses {@code a=1&b=2&a=3} ({@code +} is a space, as in HTML forms).
   *
   * @throws MalformedQueryException if an escape is malformed or the bytes are not UTF-8
   */
  static QueryParameters parse(String rawQuery) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new QueryParameters(values);
  }

  /**
   * The names given to a list parameter, in order: the parameter may repeat
   * ({@code ?check=a&check=b}, as Kubernetes' {@code /livez?exclude=} does) and each value may list
   * several names separated by commas ({@code ?check=a,b}); a comma cannot appear in a name, so
   * both read the same. Blank items are skipped, so {@code ?exclude=} excludes nothing.
   */
  List<String> names(String parameter) {
    List<String> names = new ArrayList<>();
    for (String value : values.getOrDefault(parameter, List.of())) {
      for (String item : value.split(",")) {
        String name = item.strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        bytes.write(escapedByte(encoded, i));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        // Some servers hand over a query with raw non-ASCII characters; keep them as they are.
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new MalformedQueryException("the query is not valid UTF-8 once decoded: '" + encoded + "'");
    }
  }

  private static int escapedByte(String encoded, int percent) {
    if (percent + 2 < encoded.length()) {
      int high = Character.digit(encoded.charAt(percent + 1), 16);
      int low = Character.digit(encoded.charAt(percent + 2), 16);
      if (high >= 0 && low >= 0) {
        return high << 4 | low;
      }
    }
    throw new MalformedQueryException(
        "the query has a malformed percent-escape in '" + encoded + "'; write '%' as %25");
  }

  /** A query that cannot be decoded; the endpoint answers 400 with its message. */
  static final class MalformedQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedQueryException(String message) {
      super(message);
    }
  }
}
