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

  private static final Map<String, String> HEADERS = headers(Map.of());
  private static final Map<String, String> HEADERS_405 = headers(Map.of("Allow", Methods.ALLOWED));

  /**
   * Built once: it is also the answer when memory has run out, and it must not need any to build.
   */
  private static final HealthResponse INTERNAL_ERROR =
      new HealthResponse(500, HEADERS, body("the health endpoint failed; see the service's log"));

  private ErrorResponses() {}

  /** 400: the request cannot be understood, e.g. a query that is not valid percent-encoded UTF-8. */
  static HealthResponse badRequest(String message) {
    return new HealthResponse(400, HEADERS, body(message));
  }

  /** 403: the caller may not see this resource at all. */
  static HealthResponse forbidden(String message) {
    return new HealthResponse(403, HEADERS, body(message));
  }

  /** 404: nothing is served at this path. */
  static HealthResponse notFound(String message) {
    return new HealthResponse(404, HEADERS, body(message));
  }

  /** 405 with {@code Allow}, which RFC 9110 requires on a 405. */
  static HealthResponse methodNotAllowed(String method) {
    return new HealthResponse(
        405, HEADERS_405, body("method " + method + " is not allowed; use GET or HEAD"));
  }

  /** 500: the endpoint itself failed; the reason is logged, not sent. */
  static HealthResponse internalError() {
    return INTERNAL_ERROR;
  }

  private static Map<String, String> headers(Map<String, String> extra) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.putAll(extra);
    return NoStore.withNoStore(headers);
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
