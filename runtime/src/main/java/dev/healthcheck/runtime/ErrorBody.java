package dev.healthcheck.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The JSON answer to a request the checker cannot serve, such as an unknown check or group. */
final class ErrorBody {

  private ErrorBody() {}

  /**
   * 404 with the reason and, given the catalog, the names that do exist, so whoever typed the URL
   * can fix it.
   *
   * <pre>{@code {"error": "no check or group named 'zzz'", "checks": ["db"], "groups": ["readiness"]}}</pre>
   */
  static HealthResponse notFound(String message, CheckCatalog catalog) {
    String body = JacksonSetup.write(128, json -> {
      json.writeStartObject();
      json.writeStringField("error", message);
      if (catalog != null) {
        writeNames(json, catalog);
      }
      json.writeEndObject();
    });
    return new HealthResponse(404, ResponseHeaders.JSON, body);
  }

  private static void writeNames(JsonGenerator json, CheckCatalog catalog) throws IOException {
    json.writeArrayFieldStart("checks");
    for (String check : catalog.checkNames()) {
      json.writeString(check);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("groups");
    for (String group : catalog.groupNames()) {
      json.writeString(group);
    }
    json.writeEndArray();
  }
}
