package dev.healthcheck.checks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a real data source and counts the connections it handed out that were not closed yet, the
 * way a pool would see a leak.
 */
final class CountingDataSource implements DataSource {

  private final DataSource real;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();

  CountingDataSource(DataSource real) {
    this.real = real;
  }

  /** Connections handed out and not closed. */
  int open() {
    return open.get();
  }

  /** Connections handed out so far. */
  int opened() {
    return opened.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(real.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return counted(real.getConnection(user, password));
  }

  private Connection counted(Connection connection) {
    opened.incrementAndGet();
    open.incrementAndGet();
    AtomicInteger closes = new AtomicInteger();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("close") && closes.getAndIncrement() == 0) {
            open.decrementAndGet();
          }
          try {
            return method.invoke(connection, arguments);
          } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
          }
        });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return real.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return real.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return real.isWrapperFor(type);
  }
}
