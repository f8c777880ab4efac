package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.RawAnswer;
import dev.healthcheck.runtime.http.contract.ServedEndpoints;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/** The JDK server as {@link HealthHandlers#start} sets it up. */
final class JdkServedEndpoints implements ServedEndpoints {

  private HttpServer server;

  @Override
  public String name() {
    return "JDK server";
  }

  @Override
  public URI start(HealthChecker checker, EnvironmentDump dump) throws Exception {
    server = HealthHandlers.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), checker, dump);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    server.stop(0);
  }

  /**
   * The JDK server's own {@code <h1>400 Bad Request</h1>URISyntaxException thrown} for a request
   * line {@code java.net.URI} cannot parse: no handler runs, so no binding can change it
   * (docs/http.md says so).
   */
  @Override
  public boolean isDocumentedRefusal(RawAnswer answer) {
    return answer.status() == 400 && answer.body().startsWith("<h1>400 Bad Request</h1>");
  }
}
