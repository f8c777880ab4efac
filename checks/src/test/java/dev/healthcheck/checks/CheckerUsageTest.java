package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthReport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The built-ins used both ways the README shows: added to a checker's builder, and returned from
 * a method such as an annotated one.
 */
class CheckerUsageTest {

  @Test
  void addedToTheBuilderTheyRunAsChecks() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:usage");
    try (ServerSocket listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      HealthChecker checker = HealthChecker.builder()
          .check("db", Checks.jdbc(h2).timeout(Generous.TIMEOUT))
          .check("socket", Checks.tcp("127.0.0.1", listening.getLocalPort()).timeout(Generous.TIMEOUT))
          .check("gone", Checks.tcp("127.0.0.1", ClosedPort.PORT).timeout(Generous.TIMEOUT))
          .timeout(Generous.TIMEOUT)
          .build();
      Map<String, CheckReport> results = byName(checker.report());
      assertTrue(results.get("db").passed(), results.get("db").output());
      assertTrue(results.get("db").output().startsWith("H2 "), results.get("db").output());
      assertTrue(results.get("socket").passed());
      assertFalse(results.get("gone").passed());
      assertEquals(HealthReport.Status.FAIL, checker.report().status());
    }
  }

  @Test
  void returnedFromAMethodTheirResultIsTheMethodsResult() {
    assertTrue(heap().passed());
    assertTrue(heap().output().startsWith("heap "));
  }

  @Test
  void credentialsInAnOutputAreMaskedByTheRunnerToo() {
    HealthChecker checker = HealthChecker.builder()
        .check("api", Checks.http(java.net.URI.create("http://user:pw@127.0.0.1:" + ClosedPort.PORT + "/")).timeout(Generous.TIMEOUT))
        .timeout(Generous.TIMEOUT)
        .build();
    String output = byName(checker.report()).get("api").output();
    assertTrue(output.startsWith("GET http://********@127.0.0.1:"), output);
  }

  /** What an annotated method looks like: {@code @HealthCheck public static CheckResult heap()}. */
  private static CheckResult heap() {
    return Checks.heap(1.0).run();
  }

  private static Map<String, CheckReport> byName(HealthReport report) {
    return report.results().stream().collect(Collectors.toMap(CheckReport::checker, Function.identity()));
  }
}
