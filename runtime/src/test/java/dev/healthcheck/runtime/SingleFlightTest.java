package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The single-flight engine alone, with real threads and latches. */
class SingleFlightTest {

  private static final long LONG = TimeUnit.SECONDS.toNanos(20);
  private static final long SHORT = TimeUnit.MILLISECONDS.toNanos(50);

  private final SingleFlight<String> flights = new SingleFlight<>();
  private final AtomicInteger launches = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private Flight<String> join() {
    return flights.join(started -> launches.incrementAndGet());
  }

  @Test
  void callersArrivingWhileARunIsInProgressShareIt() throws Exception {
    CyclicBarrier together = new CyclicBarrier(32);
    List<Future<Flight<String>>> joined = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      joined.add(threads.submit(() -> {
        together.await(20, TimeUnit.SECONDS);
        return join();
      }));
    }
    Flight<String> first = joined.get(0).get(20, TimeUnit.SECONDS);
    for (Future<Flight<String>> each : joined) {
      assertSame(first, each.get(20, TimeUnit.SECONDS));
    }
    assertEquals(1, launches.get());
  }

  @Test
  void aLandedRunIsNeverJoinedAgain() throws Exception {
    Flight<String> first = join();
    flights.land(first, "done");

    Flight<String> second = join();

    assertNotSame(first, second, "a finished value does not pose as a run to wait on");
    assertEquals(2, launches.get());
    assertEquals("done", first.await(LONG));
  }

  @Test
  void aWaiterWokenByTheLandingStartsANewRunWhenItJoinsAgain() throws Exception {
    Flight<String> first = join();
    Future<Flight<String>> rejoined = threads.submit(() -> {
      first.await(LONG);
      return join();
    });
    flights.land(first, "done");

    assertNotSame(first, rejoined.get(20, TimeUnit.SECONDS));
    assertEquals(2, launches.get());
  }

  @Test
  void aRunPastItsDeadlineIsNullAndItsThreadIsInterrupted() throws Exception {
    Flight<String> run = join();
    CountDownLatch interrupted = new CountDownLatch(1);
    threads.execute(() -> {
      run.enter();
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException expected) {
        interrupted.countDown();
      } finally {
        run.exit();
      }
    });

    assertNull(run.await(SHORT));
    assertTrue(interrupted.await(20, TimeUnit.SECONDS), "the check's thread was interrupted");
    assertFalse(run.arrive(), "its answer comes too late");
  }

  @Test
  void anAnswerInTimeIsWaitedForPastTheDeadline() throws Exception {
    Flight<String> run = join();
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch recorded = new CountDownLatch(1);
    threads.execute(() -> {
      run.arrive();
      arrived.countDown();
      // Masking and writing JSON take their time, after the answer: not counted.
      Uninterruptibly.await(recorded);
      flights.land(run, "masked");
    });
    assertTrue(arrived.await(20, TimeUnit.SECONDS));

    Future<String> waiter = threads.submit(() -> run.await(SHORT));
    TimeUnit.NANOSECONDS.sleep(SHORT * 2); // past the deadline: the waiter must still be waiting
    assertFalse(waiter.isDone());
    recorded.countDown();

    assertEquals("masked", waiter.get(20, TimeUnit.SECONDS));
  }

  @Test
  void answerAndDeadlineRacingGiveExactlyOneVerdict() throws Exception {
    for (int i = 0; i < 500; i++) {
      Flight<String> run = join();
      CyclicBarrier together = new CyclicBarrier(2);
      Future<Boolean> answered = threads.submit(() -> {
        together.await(20, TimeUnit.SECONDS);
        return run.arrive();
      });
      together.await(20, TimeUnit.SECONDS);
      boolean expired = run.expire();
      assertTrue(answered.get(20, TimeUnit.SECONDS) != expired, "round " + i);
      flights.land(run, "round " + i);
    }
  }

  @Test
  void anInterruptMeantForALateRunDoesNotReachThePoolsNextTask() throws Exception {
    Flight<String> run = join();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch expired = new CountDownLatch(1);
    AtomicBoolean nextTaskInterrupted = new AtomicBoolean(true);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.execute(() -> {
        run.enter();
        entered.countDown();
        Uninterruptibly.await(expired); // a check that ignores the interrupt
        run.exit();
      });
      assertTrue(entered.await(20, TimeUnit.SECONDS));
      assertTrue(run.expire());
      expired.countDown();
      pool.submit(() -> nextTaskInterrupted.set(Thread.currentThread().isInterrupted()))
          .get(20, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertFalse(nextTaskInterrupted.get());
  }

  @Test
  void aCrashedRunFailsItsWaitersAndIsNotJoinedAgain() throws Exception {
    Flight<String> run = join();
    flights.crash(run, new IllegalStateException("bug"));

    assertNotSame(run, join());
    try {
      run.await(LONG);
      throw new AssertionError("a crashed run has no value");
    } catch (java.util.concurrent.ExecutionException expected) {
      assertEquals("bug", expected.getCause().getMessage());
    }
  }
}
