package dev.healthcheck.runtime;

import java.util.concurrent.CountDownLatch;

/** Waits as a check that ignores interrupts does: the worst case for a deadline. */
final class Uninterruptibly {

  private Uninterruptibly() {}

  /** Waits for the latch whatever interrupts come, then restores the interrupt flag. */
  static void await(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException ignored) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
