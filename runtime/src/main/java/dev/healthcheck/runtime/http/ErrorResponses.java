package dev.healthcheck.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.healthcheck.runtime.HealthResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answers to requests an endpoint cannot serve, in the shape the checker uses for an
 * unknown name: {@code {"error": "..."}}, {@code Content-Type: application/json}, no store.
 */
final class ErrorResponses {

  /** Non-ASCII is escaped, as in every other body: an error may quote what the caller sent. */
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private ErrorResponses() {}

  /** 400: the request cannot be understood, e.g. a query that is not valid percent-encoded UTF-8. */
  static HealthResponse badRequest(String message) {
    return error(400, message, Map.of());
  }

  /** 403: the caller may not see this resource at all. */
  static HealthResponse forbidden(String message) {
    return error(403, message, Map.of());
  }

  /** 404: nothing is served at this path. */
  static HealthResponse notFound(String message) {
    return error(404, message, Map.of());
  }

  /** 405 with {@code Allow}, which RFC 9110 requires on a 405. */
  static HealthResponse methodNotAllowed(String method) {
    return error(
        405,
        "method " + method + " is not allowed; use GET or HEAD",
        Map.of("Allow", Methods.ALLOWED));
  }

  /** 500: the endpoint itself failed; the reason is logged, not sent. */
  static HealthResponse internalError() {
    return error(500, "the health endpoint failed; see the service's log", Map.of());
  }

  private static HealthResponse error(int status, String message, Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.putAll(extra);
    return NoStore.apply(new HealthResponse(status, headers, body(message)));
  }

  private static String body(String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("error", message);
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException("a StringWriter does not fail", impossible);
    }
    return out.toString();
  }
}
