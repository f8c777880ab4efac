package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The deadlock check against two real threads that lock each other out. */
class DeadlockCheckTest {

  @Test
  void passesWithoutDeadlock() {
    CheckResult result = Checks.deadlocks().run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("no deadlocked threads among \\d+, looked in \\d+ ms"), result.output());
  }

  @Test
  void failsNamingTheDeadlockedThreads() throws Exception {
    ReentrantLock first = new ReentrantLock();
    ReentrantLock second = new ReentrantLock();
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    // java.util.concurrent locks, taken interruptibly, so that the test can end the deadlock.
    Thread a = lockBoth("deadlock-a", first, second, bothHoldOne);
    Thread b = lockBoth("deadlock-b", second, first, bothHoldOne);
    try {
      assertTrue(bothHoldOne.await(10, TimeUnit.SECONDS));
      CheckResult result = awaitDeadlock();
      assertFalse(result.passed(), result.output());
      assertTrue(result.output().startsWith("2 threads deadlocked: "), result.output());
      assertTrue(result.output().contains("\"deadlock-a\" waits for java.util.concurrent.locks.ReentrantLock$NonfairSync@"), result.output());
      assertTrue(result.output().contains(" held by \"deadlock-b\""), result.output());
      assertTrue(result.output().contains(" held by \"deadlock-a\""), result.output());
    } finally {
      a.interrupt();
      b.interrupt();
      a.join(10_000);
      b.join(10_000);
    }
    assertFalse(a.isAlive() || b.isAlive(), "the deadlocked threads ended");
    assertTrue(Checks.deadlocks().run().passed());
  }

  /** The second lock is asked for as soon as both threads hold their first; the JVM sees it a moment later. */
  private static CheckResult awaitDeadlock() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    CheckResult result = Checks.deadlocks().run();
    while (result.passed() && System.nanoTime() < end) {
      Thread.sleep(10);
      result = Checks.deadlocks().run();
    }
    return result;
  }

  private static Thread lockBoth(String name, ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHoldOne) {
    Thread thread = new Thread(() -> {
      try {
        mine.lockInterruptibly();
        try {
          bothHoldOne.countDown();
          bothHoldOne.await();
          theirs.lockInterruptibly();
          theirs.unlock();
        } finally {
          mine.unlock();
        }
      } catch (InterruptedException ended) {
        // The test ends the deadlock.
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
