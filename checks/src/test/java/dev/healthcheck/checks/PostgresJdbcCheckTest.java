package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC check against a real PostgreSQL server the test starts; every test also proves the
 * connection was closed.
 */
class PostgresJdbcCheckTest {

  private static PostgresServer server;
  private static CountingDataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    server = PostgresServer.start();
    dataSource = new CountingDataSource(server.dataSource(PostgresServer.PASSWORD));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void passesNamingTheServerAndItsVersion() {
    CheckResult result = Checks.jdbc(dataSource).timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("PostgreSQL \\d+\\.\\d+ .*at jdbc:postgresql://127\\.0\\.0\\.1:\\d+/postgres.*: isValid in \\d+ ms"),
        result.output());
    assertFalse(result.output().contains(PostgresServer.PASSWORD), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void passesWithAValidationQuery() {
    CheckResult result = Checks.jdbc(dataSource).validationQuery("SELECT 1").timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("PostgreSQL .*: SELECT 1 in \\d+ ms"), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void failsOnAWrongPasswordWithoutPrintingIt() {
    CheckResult result = Checks.jdbc(server.dataSource("not-the-password")).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("no connection from the data source in "), result.output());
    assertTrue(result.output().contains("password authentication failed"), result.output());
    assertFalse(result.output().contains("not-the-password"), result.output());
  }

  @Test
  void failsWhenTheQueryFails() {
    CheckResult result = Checks.jdbc(dataSource).validationQuery("SELECT 1/0").timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().matches("PostgreSQL .*: SELECT 1/0 failed in \\d+ ms: ERROR: division by zero"), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void timesOutOnASlowQueryAndClosesTheConnection() {
    CheckResult result = Checks.jdbc(dataSource).validationQuery("SELECT pg_sleep(30)").timeout(Duration.ofMillis(500)).run();
    assertFalse(result.passed());
    assertTrue(result.output().matches("PostgreSQL .*: no answer within 500 ms"), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void timesOutOnAServerThatNeverAnswersTheLogin() throws Exception {
    try (SilentServer silent = new SilentServer()) {
      PGSimpleDataSource hung = new PGSimpleDataSource();
      hung.setServerNames(new String[] {"127.0.0.1"});
      hung.setPortNumbers(new int[] {silent.port()});
      hung.setUser("postgres");
      long start = System.nanoTime();
      CheckResult result = Checks.jdbc(hung).timeout(Duration.ofSeconds(1)).run();
      assertFalse(result.passed());
      assertTrue(result.output().startsWith("no connection from the data source: no answer within 1000 ms"), result.output());
      assertEquals(1, hung.getLoginTimeout(), "a data source without a login timeout gets the check's");
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }
  }
}
