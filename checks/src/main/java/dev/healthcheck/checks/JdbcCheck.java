package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Takes a connection from a {@code DataSource}, asks the database whether it is alive
 * ({@code Connection.isValid}, or a validation query), and closes the connection again, whatever
 * happened. Made by {@link Checks#jdbc(DataSource)}; immutable.
 *
 * <p>The timeout bounds every step: the data source's login timeout (set to the check's timeout
 * when the data source has none), {@code isValid(seconds)} or the query's
 * {@code setQueryTimeout(seconds)} (JDBC counts whole seconds, so they are rounded up), and a
 * watchdog that aborts the connection ({@code Connection.abort}) if the database is still silent
 * at the deadline.
 */
public final class JdbcCheck implements Check {

  private final DataSource dataSource;
  private final String validationQuery;
  private final Duration timeout;

  JdbcCheck(DataSource dataSource, String validationQuery, Duration timeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (validationQuery != null && validationQuery.isBlank()) {
      throw new IllegalArgumentException("the validation query is blank");
    }
    this.validationQuery = validationQuery;
    this.timeout = Deadline.validTimeout(timeout);
  }

  /**
   * A copy that runs {@code query} (e.g. {@code SELECT 1}) instead of calling
   * {@code Connection.isValid}; the check passes when it runs without an error.
   *
   * @param query the SQL to run, e.g. {@code SELECT 1}
   * @return the copy
   */
  public JdbcCheck validationQuery(String query) {
    return new JdbcCheck(dataSource, Objects.requireNonNull(query, "query"), timeout);
  }

  /**
   * A copy that gives up after {@code timeout} (default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public JdbcCheck timeout(Duration timeout) {
    return new JdbcCheck(dataSource, validationQuery, timeout);
  }

  /** Connects, validates, closes, and names the database, what it did and how long it took. */
  @Override
  public CheckResult run() {
    Deadline deadline = Deadline.after(timeout);
    boundLogin(deadline);
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException failed) {
      return CheckResult.fail(deadline.expired()
          ? "no connection from the data source: " + deadline.noAnswer()
          : "no connection from the data source " + deadline.took() + ": " + reason(failed));
    }
    String database = "database";
    try (Connection open = connection;
        Deadline.Guard guard = deadline.atExpiry(() -> open.abort(Runnable::run))) {
      database = describe(open.getMetaData());
      CheckResult result = validate(open, database, deadline);
      return guard.fired() ? CheckResult.fail(database + ": " + deadline.noAnswer()) : result;
    } catch (SQLException failed) {
      return CheckResult.fail(deadline.expired()
          ? database + ": " + deadline.noAnswer()
          : database + ": " + step() + " failed " + deadline.took() + ": " + reason(failed));
    }
  }

  private CheckResult validate(Connection connection, String database, Deadline deadline) throws SQLException {
    if (validationQuery == null) {
      boolean valid = connection.isValid(deadline.remainingSeconds());
      return valid
          ? CheckResult.ok(database + ": isValid " + deadline.took())
          : CheckResult.fail(database + ": isValid returned false " + deadline.took());
    }
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(deadline.remainingSeconds());
      statement.execute(validationQuery);
    }
    return CheckResult.ok(database + ": " + validationQuery + " " + deadline.took());
  }

  /**
   * Gives the data source the check's timeout as its login timeout when it has none: a data source
   * with its own keeps it, since it is shared with the application.
   */
  private void boundLogin(Deadline deadline) {
    try {
      if (dataSource.getLoginTimeout() == 0) {
        dataSource.setLoginTimeout(deadline.remainingSeconds());
      }
    } catch (SQLException | UnsupportedOperationException unsupported) {
      // Pools often refuse: their own connection timeout bounds getConnection instead.
    }
  }

  private String step() {
    return validationQuery == null ? "isValid" : validationQuery;
  }

  /** {@code PostgreSQL 15.8 at jdbc:postgresql://db:5432/app}, credentials masked. */
  private static String describe(DatabaseMetaData metaData) throws SQLException {
    String url = metaData.getURL();
    return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion()
        + (url == null ? "" : " at " + Masked.url(url));
  }

  private static String reason(SQLException failed) {
    String reason = Sockets.reason(failed);
    Throwable cause = failed.getCause();
    if (cause != null && cause.getMessage() != null && !reason.contains(cause.getMessage())) {
      reason += " (" + cause.getMessage() + ")";
    }
    return Masked.url(reason);
  }

  @Override
  public String toString() {
    return "JdbcCheck[" + step() + ", timeout " + timeout.toMillis() + " ms]";
  }
}
