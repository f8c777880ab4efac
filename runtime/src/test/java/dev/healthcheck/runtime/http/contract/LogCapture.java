package dev.healthcheck.runtime.http.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the library logs under {@code dev.healthcheck} while it is open, at every level, whatever
 * the test logging configuration silences. Closing it puts the logger back as it was.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.healthcheck");
  private final Level previousLevel = logger.getLevel();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture() {
    setLevel(Level.ALL);
  }

  /** Starts capturing. */
  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    capture.logger.setLevel(Level.ALL);
    capture.logger.addHandler(capture);
    return capture;
  }

  /** Every record so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The records so far that carry a stack trace. */
  public List<LogRecord> stackTraces() {
    return records.stream().filter(record -> record.getThrown() != null).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previousLevel);
  }
}
