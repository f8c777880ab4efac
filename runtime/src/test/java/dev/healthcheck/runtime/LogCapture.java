package dev.healthcheck.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the project logs under {@code dev.healthcheck}, every level, through JUL: the
 * backend {@code System.Logger} uses when nothing else is installed.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.healthcheck");
  private final Level level = logger.getLevel();
  private final boolean parents = logger.getUseParentHandlers();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final CountDownLatch traced = new CountDownLatch(1);

  /** Starts recording; {@link #close()} restores the logger. */
  public LogCapture() {
    setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
    if (record.getThrown() != null) {
      traced.countDown();
    }
  }

  /** Waits, a generous while, for a record with a throwable: checks log on their own thread. */
  public boolean awaitTrace() throws InterruptedException {
    return traced.await(10, TimeUnit.SECONDS);
  }

  public List<LogRecord> records() {
    return records;
  }

  /** Every message and every message of every logged throwable and its causes, one per line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (LogRecord record : records) {
      text.append(record.getMessage()).append('\n');
      for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
        text.append(thrown).append('\n');
      }
    }
    return text.toString();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setUseParentHandlers(parents);
    logger.setLevel(level);
  }
}
