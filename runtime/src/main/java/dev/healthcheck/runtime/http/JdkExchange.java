package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A JDK server's {@link HttpExchange} as the protocol's {@link Exchange}: the whole JDK binding. */
final class JdkExchange implements Exchange {

  private final HttpExchange exchange;

  private JdkExchange(HttpExchange exchange) {
    this.exchange = exchange;
  }

  /** Answers the exchange from the endpoint and closes it; see {@link BindingProtocol#serve}. */
  static void serve(HttpExchange exchange, Endpoint endpoint, DetailsPolicy<? super HttpExchange> details)
      throws IOException {
    try (exchange) {
      BindingProtocol.serve(endpoint, details, exchange, new JdkExchange(exchange));
    }
  }

  @Override
  public String method() {
    return exchange.getRequestMethod();
  }

  /**
   * The decoded path below the context's path. The JDK matches contexts by prefix, so a context
   * {@code /healthcheck} also receives {@code /healthchecks}; that remainder, {@code "s"}, names
   * nothing and the endpoint answers 404.
   */
  @Override
  public String pathBelowMount() {
    String path = exchange.getRequestURI().getPath();
    String context = exchange.getHttpContext().getPath();
    if (context.endsWith("/")) {
      context = context.substring(0, context.length() - 1);
    }
    return path.startsWith(context) ? path.substring(context.length()) : path;
  }

  @Override
  public String rawQuery() {
    return exchange.getRequestURI().getRawQuery();
  }

  @Override
  public Iterator<String> acceptLines() {
    List<String> lines = exchange.getRequestHeaders().get("Accept");
    return lines == null ? Collections.emptyIterator() : lines.iterator();
  }

  @Override
  public void respond(int status, Map<String, String> headers, byte[] body, boolean withBody)
      throws IOException {
    headers.forEach(exchange.getResponseHeaders()::set);
    if (!withBody) {
      // The length GET would send, as RFC 9110 allows and the servlet containers do; -1 tells the
      // JDK that no body follows, and it then adds no length of its own.
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
