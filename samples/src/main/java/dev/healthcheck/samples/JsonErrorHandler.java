package dev.healthcheck.samples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error answers as the health endpoints' JSON: {@code {"error": "Bad Request"}} instead
 * of Jetty's HTML page, which names Jetty and its version. Requests Jetty refuses before any
 * servlet sees them ({@code /healthcheck/%2e%2e}, {@code //readiness}, a NUL in the path) and
 * paths nothing is mounted at get it. It writes the status's reason phrase only: Jetty's own
 * message may quote the request or name a Java class.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR_500 : response.getStatus();
    response.getHeaders().put(JSON);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  private static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    return ("{\"error\": \"" + reason + "\"}").getBytes(StandardCharsets.US_ASCII);
  }
}
