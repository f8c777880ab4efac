package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.sql.Connection;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC check against H2, in-process; every test also proves the connection was closed. */
class H2JdbcCheckTest {

  private static Connection keepAlive;
  private static CountingDataSource dataSource;

  @BeforeAll
  static void open() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:checks");
    h2.setUser("sa");
    h2.setPassword("h2-secret");
    // An in-memory database lives as long as one connection to it.
    keepAlive = h2.getConnection();
    dataSource = new CountingDataSource(h2);
  }

  @AfterAll
  static void close() throws Exception {
    keepAlive.close();
  }

  @Test
  void passesWhenTheConnectionIsValid() {
    CheckResult result = Checks.jdbc(dataSource).timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("H2 2\\.\\S+ .*at jdbc:h2:mem:checks: isValid in \\d+ ms"), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void passesWhenTheValidationQueryRuns() {
    CheckResult result = Checks.jdbc(dataSource).validationQuery("SELECT 1").timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("H2 .*: SELECT 1 in \\d+ ms"), result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void failsWhenTheValidationQueryFails() {
    CheckResult result = Checks.jdbc(dataSource).validationQuery("SELECT * FROM no_such_table").timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().matches("(?s)H2 .*: SELECT \\* FROM no_such_table failed in \\d+ ms: Table \"NO_SUCH_TABLE\" not found.*"),
        result.output());
    assertEquals(0, dataSource.open());
  }

  @Test
  void failsWhenNoConnectionCanBeHad() {
    JdbcDataSource missing = new JdbcDataSource();
    missing.setURL("jdbc:h2:mem:missing;IFEXISTS=TRUE");
    CheckResult result = Checks.jdbc(missing).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("no connection from the data source in "), result.output());
  }

  @Test
  void timesOutOnAQueryThatRunsTooLongAndClosesTheConnection() {
    int before = dataSource.opened();
    CheckResult result = Checks.jdbc(dataSource)
        .validationQuery("SELECT SUM(X * 2) FROM SYSTEM_RANGE(1, 10000000000)")
        .timeout(Duration.ofMillis(500))
        .run();
    assertFalse(result.passed(), result.output());
    assertTrue(result.output().matches("H2 .*: no answer within 500 ms"), result.output());
    assertEquals(before + 1, dataSource.opened());
    assertEquals(0, dataSource.open());
  }
}
