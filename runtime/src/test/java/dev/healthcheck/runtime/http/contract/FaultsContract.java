package dev.healthcheck.runtime.http.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks and sections that misbehave in every way we know of, served over real HTTP: each is
 * answered, as a failed result that says what happened, and the server goes on. Each check has a
 * 2 s timeout; the client waits 60 s, so that a loaded machine fails nothing, and the measured
 * time of each answer is printed (our rules keep time bounds out of unit tests; the soak in
 * {@code benchmarks/} measures them).
 */
public abstract class FaultsContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Long enough that a check failing at once is never reported as timed out on a loaded machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final int FAILED_STATUS = 503;

  private final ServedEndpoints server;
  private final AtomicBoolean release = new AtomicBoolean();
  private final List<String> measured = new ArrayList<>();
  private URI base;

  protected FaultsContract(ServedEndpoints server) {
    this.server = server;
  }

  @BeforeEach
  void start() throws Exception {
    // The checker's timeout is every check's but one. Its sections are tested on a checker of
    // their own: every request computes them, and broken ones would slow every case here.
    HealthChecker.Builder checker = HealthChecker.builder().failedStatus(FAILED_STATUS).timeout(TIMEOUT)
        .check(CheckDefinition.of("ok", () -> CheckResult.ok("fine")));
    faults().values().forEach(checker::check);
    base = server.start(checker.build(), EnvironmentDump.builder().build());
  }

  /** Serves a checker with only the broken sections, and a dump with the same. */
  private void serveBrokenSections() throws Exception {
    server.stop();
    HealthChecker.Builder checker = HealthChecker.builder().failedStatus(FAILED_STATUS).timeout(TIMEOUT)
        .check(CheckDefinition.of("ok", () -> CheckResult.ok("fine")));
    EnvironmentDump.Builder dump =
        EnvironmentDump.builder().timeout(TIMEOUT).includeOs(false).includeProcess(false);
    sections().forEach((name, value) -> {
      checker.section(name, () -> value);
      dump.section(name, () -> value);
    });
    base = server.start(checker.build(), dump.build());
  }

  @AfterEach
  void stop() throws Exception {
    release.set(true); // the hung check may end now
    server.stop();
    System.out.println(server.name() + " faults (timeout " + TIMEOUT.toMillis() + " ms): " + String.join(", ", measured));
  }

  private Map<String, CheckDefinition> faults() {
    Map<String, CheckDefinition> faults = new HashMap<>();
    faults.put("runtimeException", CheckDefinition.of("runtimeException", () -> {
      throw new IllegalStateException("pool exhausted");
    }));
    faults.put("checkedException", CheckDefinition.of("checkedException", () -> {
      throw new IOException("disk gone");
    }));
    faults.put("error", CheckDefinition.of("error", () -> {
      throw new NoClassDefFoundError("org/example/Driver");
    }));
    // Overflowing a deep stack takes a while on a loaded machine: time enough to report the error.
    faults.put("stackOverflow", CheckDefinition.of("stackOverflow", () -> CheckResult.ok("depth " + recurse(0)))
        .timeout(Duration.ofSeconds(10)));
    faults.put("outOfMemory", CheckDefinition.of("outOfMemory", () -> {
      throw new OutOfMemoryError("Java heap space");
    }));
    faults.put("returnsNull", CheckDefinition.of("returnsNull", () -> null));
    faults.put("hangsIgnoringInterrupts", CheckDefinition.of("hangsIgnoringInterrupts", this::hangIgnoringInterrupts));
    faults.put("neverCompletes", CheckDefinition.async("neverCompletes", CompletableFuture::new));
    faults.put("hugeOutput", CheckDefinition.of("hugeOutput", () -> CheckResult.fail("x".repeat(10_000_000))));
    faults.put("binaryOutput", CheckDefinition.of("binaryOutput", () -> CheckResult.fail(binary())));
    return faults;
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private CheckResult hangIgnoringInterrupts() {
    while (!release.get()) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException ignored) {
        // a check that swallows interrupts, as too many do
      }
    }
    return CheckResult.ok("released");
  }

  /** Every byte value, a lone surrogate of each kind, and invalid UTF-8 decoded as replacement. */
  private static String binary() {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < 256; c++) {
      text.append((char) c);
    }
    text.append('\ud800').append('\udfff').append('\uffff');
    text.append(new String(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0xA4}, StandardCharsets.UTF_8));
    return text.toString();
  }

  private Map<String, Object> sections() {
    Map<String, Object> selfReferencing = new HashMap<>();
    selfReferencing.put("self", selfReferencing);
    List<String> huge = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      huge.add("entry number " + i);
    }
    return Map.of("selfReferencing", selfReferencing, "huge", huge, "unserialisable", new Unserialisable(),
        "hangingGetter", new HangingGetter(this::hangIgnoringInterrupts));
  }

  /** A value whose getter hangs, ignoring interrupts, as one over a dead connection might. */
  public static final class HangingGetter {
    private final Supplier<CheckResult> hang;

    HangingGetter(Supplier<CheckResult> hang) {
      this.hang = hang;
    }

    /** Returns only once the test is over. */
    public String getValue() {
      return hang.get().output();
    }
  }

  /** A value Jackson cannot write: its one property throws when read. */
  public static final class Unserialisable {
    /** Throws, as a getter over a closed resource might. */
    public String getValue() {
      throw new IllegalStateException("resource closed");
    }
  }

  // --- checks

  @Test
  void runtimeExceptionIsAFailedResultWithItsMessage() throws Exception {
    assertFailed("runtimeException", "pool exhausted");
  }

  @Test
  void checkedExceptionIsAFailedResultWithItsMessage() throws Exception {
    assertFailed("checkedException", "disk gone");
  }

  @Test
  void errorIsAFailedResult() throws Exception {
    assertFailed("error", "org/example/Driver");
  }

  @Test
  void stackOverflowIsAFailedResult() throws Exception {
    assertFailed("stackOverflow", "StackOverflowError");
  }

  @Test
  void outOfMemoryIsAFailedResult() throws Exception {
    assertFailed("outOfMemory", "OutOfMemoryError");
  }

  @Test
  void nullResultIsAFailedResult() throws Exception {
    assertFailed("returnsNull", "null");
  }

  @Test
  void checkHangingThroughInterruptsTimesOut() throws Exception {
    assertFailed("hangsIgnoringInterrupts", "timed out");
    assertFailed("hangsIgnoringInterrupts", ""); // asked again while it still runs: answered too
  }

  @Test
  void stageThatNeverCompletesTimesOut() throws Exception {
    assertFailed("neverCompletes", "timed out");
  }

  /** A 10 MB output is cut before it is masked, so masking it counts against nothing. */
  @Test
  void hugeOutputIsAnswered() throws Exception {
    assertFailed("hugeOutput", "x");
  }

  @Test
  void binaryOutputIsValidJson() throws Exception {
    assertFailed("binaryOutput", "");
  }

  @Test
  void healthyChecksAnswerAfterEveryFault() throws Exception {
    for (String fault : faults().keySet()) {
      send("/healthcheck/" + fault);
    }
    RawAnswer ok = send("/healthcheck/ok");
    assertEquals(200, ok.status(), ok.describe());
  }

  // --- sections

  @Test
  void brokenSectionsOfTheHealthBodyAreErrorsNotFailures() throws Exception {
    serveBrokenSections();
    RawAnswer answer = send("/healthcheck/ok");
    assertEquals(200, answer.status(), answer.describe());
    assertSections(JSON.readTree(answer.body()));
  }

  @Test
  void brokenSectionsOfTheEnvironmentAreErrors() throws Exception {
    serveBrokenSections();
    RawAnswer answer = send("/environment");
    assertEquals(200, answer.status(), answer.describe());
    assertSections(JSON.readTree(answer.body()));
  }

  private static void assertSections(JsonNode body) {
    assertTrue(body.get("selfReferencing").has("error"), body.get("selfReferencing").toString());
    assertTrue(body.get("unserialisable").get("error").asText().contains("resource closed"),
        body.get("unserialisable").toString());
    assertTrue(body.get("huge").get("error").asText().startsWith("too large"), body.get("huge").toString());
    assertEquals("timed out after 2000 ms", body.get("hangingGetter").get("error").asText(),
        body.get("hangingGetter").toString());
  }

  // --- helpers

  private void assertFailed(String check, String outputContains) throws Exception {
    RawAnswer answer = send("/healthcheck/" + check);
    assertEquals(FAILED_STATUS, answer.status(), answer.describe());
    assertEquals("application/json", answer.mediaType(), answer.describe());
    JsonNode result = JSON.readTree(answer.body()).get("results").get(0);
    assertEquals(check, result.get("checker").asText());
    assertFalse(result.get("passed").asBoolean(), answer.describe());
    String output = result.get("output").asText();
    assertTrue(output.contains(outputContains), check + ": " + (output.length() > 300 ? output.substring(0, 300) : output));
  }

  private RawAnswer send(String path) throws IOException {
    long start = System.nanoTime();
    RawAnswer answer = RawAnswer.exchange(base, RawAnswer.request("GET", path));
    measured.add(path.substring(path.lastIndexOf('/') + 1) + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return answer;
  }
}
