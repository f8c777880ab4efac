package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.http.contract.Details;
import dev.healthcheck.runtime.http.contract.Fixture;
import dev.healthcheck.runtime.http.contract.HttpBindingContractTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** The contract on the JDK's {@code com.sun.net.httpserver}, through the runtime's handlers. */
class JdkHttpServerContractTest extends HttpBindingContractTest {

  private HttpServer server;

  @Override
  protected URI start(Fixture fixture, Details details) throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HttpContext health = server.createContext("/healthcheck", new HealthCheckHandler(fixture.checker, policy(details)));
    health.getFilters().add(new HeaderLogin());
    HttpContext environment = server.createContext("/environment", new EnvironmentHandler(fixture.dump, policy(details)));
    environment.getFilters().add(new HeaderLogin());
    server.createContext("/overflowing", new HealthCheckHandler(fixture.overflowing));
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  protected void stop() {
    server.stop(0);
  }

  private static DetailsPolicy<HttpExchange> policy(Details details) {
    return switch (details) {
      case ALWAYS -> DetailsPolicy.always();
      case NEVER -> DetailsPolicy.never();
      case OPS -> exchange -> "ops".equals(exchange.getAttribute("role"));
      case BROKEN -> exchange -> {
        throw new IllegalStateException("no security context");
      };
      case ERROR -> exchange -> {
        throw new NoClassDefFoundError("org/example/security/Context");
      };
      case OVERFLOW -> exchange -> {
        throw new StackOverflowError();
      };
    };
  }

  /** Stands in for authentication: {@code X-Role: r} becomes the exchange attribute {@code role}. */
  private static final class HeaderLogin extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
      String role = exchange.getRequestHeaders().getFirst("X-Role");
      if (role != null) {
        exchange.setAttribute("role", role);
      }
      chain.doFilter(exchange);
    }

    @Override
    public String description() {
      return "X-Role header as the caller's role";
    }
  }
}
