package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.Exchange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;

/** A servlet request and its response as the protocol's {@link Exchange}: the whole servlet binding. */
final class ServletExchange implements Exchange {

  private final HttpServletRequest request;
  private final HttpServletResponse response;

  ServletExchange(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String pathBelowMount() {
    return request.getPathInfo();
  }

  @Override
  public String rawQuery() {
    return request.getQueryString();
  }

  @Override
  public Iterator<String> acceptLines() {
    Enumeration<String> lines = request.getHeaders("Accept"); // null if the container hides headers
    return lines == null ? Collections.emptyIterator() : lines.asIterator();
  }

  /**
   * Writes bytes, not characters: a writer would make the container append a charset to
   * {@code application/json}, whose encoding is UTF-8 by definition (RFC 8259). Flushed, because
   * a container may drop what is still buffered when an error the protocol rethrows reaches it.
   */
  @Override
  public void respond(int status, Map<String, String> headers, byte[] body, boolean withBody)
      throws IOException {
    response.setStatus(status);
    headers.forEach(response::setHeader);
    response.setContentLength(body.length);
    if (withBody) {
      response.getOutputStream().write(body);
    }
    response.flushBuffer();
  }
}
