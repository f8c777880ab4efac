package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The DNS check through the system's resolver, and through a resolver that hangs. */
class DnsCheckTest {

  @Test
  void passesOnLocalhostListingItsAddresses() throws Exception {
    CheckResult result = Checks.dns("localhost").run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("localhost resolved to .*127\\.0\\.0\\.1.* in \\d+ ms"), result.output());
  }

  @Test
  void failsOnANameThatCannotResolve() throws Exception {
    // .invalid is reserved by RFC 2606 never to resolve.
    CheckResult result = Checks.dns("no-such-host.invalid").run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("no-such-host.invalid does not resolve ("), result.output());
  }

  @Test
  void timesOutOnAHungResolverAndSharesItsLookup() throws Exception {
    // The JDK 17 resolver cannot be made to hang from a test, so this one is: it blocks until released.
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger lookups = new AtomicInteger();
    HostLookup hung = new HostLookup(host -> {
      lookups.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return InetAddress.getAllByName("127.0.0.1");
    });
    DnsCheck check = new DnsCheck("db.example", Duration.ofMillis(100), hung);
    for (int i = 0; i < 5; i++) {
      assertEquals(new CheckResult(false, "db.example: no answer within 100 ms"), check.run());
    }
    assertEquals(1, lookups.get(), "a hung lookup is shared, not started again");
    release.countDown();
    assertTrue(check.timeout(Duration.ofSeconds(10)).run().passed());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (lookups.get() < 2 && System.nanoTime() < end) {
      assertTrue(check.timeout(Duration.ofSeconds(10)).run().passed());
    }
    assertTrue(lookups.get() >= 2, "a finished lookup is not reused by later runs");
  }
}
