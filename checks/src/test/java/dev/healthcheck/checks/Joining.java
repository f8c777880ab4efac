package dev.healthcheck.checks;

/** Waits for a test server's thread to end, keeping an interrupt for the caller. */
final class Joining {

  private Joining() {}

  static void join(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
