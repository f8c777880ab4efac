package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis check against real redis-server processes: open, with a password, with an ACL user. */
class RedisCheckTest {

  private static RedisServer open;
  private static RedisServer secured;

  @BeforeAll
  static void start() throws Exception {
    open = RedisServer.start();
    secured = RedisServer.start("--requirepass", "s3cret", "--user", "monitor", "on", ">watch", "~*", "&*", "+ping");
  }

  @AfterAll
  static void stop() throws Exception {
    if (open != null) {
      open.close();
    }
    if (secured != null) {
      secured.close();
    }
  }

  @Test
  void passesWhenPingAnswersPong() throws Exception {
    CheckResult result = Checks.redis("localhost", open.port()).timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertTrue(result.output().matches("Redis localhost:" + open.port() + ": PING answered PONG in \\d+ ms"), result.output());
  }

  @Test
  void failsWithoutThePasswordTheServerRequires() throws Exception {
    CheckResult result = Checks.redis("localhost", secured.port()).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("Redis localhost:" + secured.port() + ": PING answered -NOAUTH"), result.output());
  }

  @Test
  void passesWithThePassword() throws Exception {
    CheckResult result = Checks.redis("localhost", secured.port()).password("s3cret").timeout(Generous.TIMEOUT).run();
    assertTrue(result.passed(), result.output());
    assertFalse(result.output().contains("s3cret"));
  }

  @Test
  void failsWithAWrongPasswordWithoutPrintingIt() throws Exception {
    CheckResult result = Checks.redis("localhost", secured.port()).password("wrong-guess").timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("Redis localhost:" + secured.port() + ": AUTH answered -WRONGPASS"), result.output());
    assertFalse(result.output().contains("wrong-guess"));
  }

  @Test
  void passesAsAnAclUser() throws Exception {
    assertTrue(Checks.redis("localhost", secured.port()).password("monitor", "watch").timeout(Generous.TIMEOUT).run().passed());
    CheckResult wrong = Checks.redis("localhost", secured.port()).password("monitor", "nope").timeout(Generous.TIMEOUT).run();
    assertFalse(wrong.passed());
    assertTrue(wrong.output().contains(": AUTH as monitor answered -WRONGPASS"), wrong.output());
  }

  @Test
  void timesOutWhileTheServerIsPausedAndLeavesNoConnection() throws Exception {
    assertEquals("+OK", open.command(List.of(), "CLIENT", "PAUSE", "4000", "ALL"));
    try {
      CheckResult result = Checks.redis("127.0.0.1", open.port()).timeout(Duration.ofMillis(300)).run();
      assertEquals(new CheckResult(false, "Redis 127.0.0.1:" + open.port() + ": no answer within 300 ms"), result);
    } finally {
      // Every client waits out a pause ALL, CLIENT UNPAUSE included: this PING returns once it ends.
      open.command(List.of(), "PING");
    }
    // Only the connection asking is left: the check's was closed at its deadline.
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (open.connectedClients() > 1 && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertEquals(1, open.connectedClients());
  }

  @Test
  void failsOnAClosedPort() throws Exception {
    CheckResult result = Checks.redis("127.0.0.1", ClosedPort.PORT).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed());
    assertTrue(result.output().startsWith("Redis 127.0.0.1:" + ClosedPort.PORT + ": Connection refused"), result.output());
  }
}
