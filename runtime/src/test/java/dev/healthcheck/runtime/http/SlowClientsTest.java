package dev.healthcheck.runtime.http;

import com.sun.net.httpserver.HttpServer;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.contract.SlowClientsContract;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link HealthHandlers#start}'s server keeps answering probes while slow clients hang on. */
class SlowClientsTest {

  @Test
  void probesAreAnsweredWhileAHundredSlowClientsHang() throws Exception {
    HttpServer server = HealthHandlers.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        HealthChecker.builder().check("db", () -> CheckResult.ok("up")).build(),
        EnvironmentDump.builder().build());
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      SlowClientsContract.probesAreAnsweredWhileSlowClientsHang("JDK server", base, "/healthcheck");
    } finally {
      server.stop(0);
    }
  }
}
