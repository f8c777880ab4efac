package dev.healthcheck.runtime.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query string that an endpoint reads, decoded here rather than by the server
 * so that every binding treats the same query the same way, and strictly: a malformed escape or
 * bytes that are not UTF-8 in a value the endpoint reads are the caller's error to hear about, not
 * a name silently turned into replacement characters.
 *
 * <p>Every other parameter is skipped without being decoded, so a cache buster such as
 * {@code ?_=50%} is ignored rather than refused, and a query of cache busters costs nothing.
 */
final class QueryParameters {

  private static final QueryParameters NONE = new QueryParameters(Map.of());

  private final Map<String, List<String>> values;

  private QueryParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Reads the parameters named {@code wanted} from {@code a=1&b=2&a=3} ({@code +} is a space, as
   * in HTML forms). A name is compared once decoded, so {@code ex%63lude} is {@code exclude}; a
   * name that does not decode names nothing wanted and is skipped.
   *
   * @throws MalformedQueryException if a wanted parameter's value has a malformed escape or its
   *     bytes are not UTF-8
   */
  static QueryParameters parse(String rawQuery, List<String> wanted) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return NONE;
    }
    Map<String, List<String>> values = null;
    for (int start = 0; start <= rawQuery.length(); ) {
      int end = rawQuery.indexOf('&', start);
      if (end < 0) {
        end = rawQuery.length();
      }
      int nameEnd = indexOf(rawQuery, '=', start, end);
      String name = wantedName(rawQuery, start, nameEnd, wanted);
      if (name != null) {
        String value = nameEnd == end ? "" : decode(rawQuery.substring(nameEnd + 1, end));
        if (values == null) {
          values = new HashMap<>();
        }
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
      start = end + 1;
    }
    return values == null ? NONE : new QueryParameters(values);
  }

  /** Whether the parameter was given, with or without a value. */
  boolean has(String parameter) {
    return values.containsKey(parameter);
  }

  /** The parameter's last value, decoded; {@code null} when it was not given. */
  String last(String parameter) {
    List<String> given = values.get(parameter);
    return given == null ? null : given.get(given.size() - 1);
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

  /**
   * The one of {@code wanted} that {@code raw[start, end)} names, or {@code null}. A name without
   * escapes is compared in place, with no copy.
   */
  private static String wantedName(String raw, int start, int end, List<String> wanted) {
    String name = null;
    if (hasEscape(raw, start, end)) {
      try {
        name = decode(raw.substring(start, end));
      } catch (MalformedQueryException notAName) {
        return null;
      }
    }
    for (int i = 0; i < wanted.size(); i++) {
      String candidate = wanted.get(i);
      if (name == null
          ? end - start == candidate.length() && raw.startsWith(candidate, start)
          : name.equals(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The first {@code c} in {@code raw[start, end)}, or {@code end}: one pair's, never the next. */
  private static int indexOf(String raw, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (raw.charAt(i) == c) {
        return i;
      }
    }
    return end;
  }

  private static boolean hasEscape(String raw, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '%' || c == '+' || c >= 0x80) {
        return true;
      }
    }
    return false;
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
