package dev.healthcheck.runtime.http.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded, reproducible random requests, written byte for byte: methods, paths (encoded, traversal,
 * NUL, very long, unicode), queries and {@code Accept} values. Whatever comes, the server answers;
 * never with a 5xx other than the configured failed status (503 here, so that a 500 is a crash),
 * but for a container's 501 to a method no one knows at a path we do not serve;
 * our endpoints always with JSON, or the HTML page where it was asked for; nobody with a Java
 * class name, a stack frame or a version; and the library logs no stack trace for a client's
 * mistake. A failure names the seed and the request, so it can be replayed.
 */
public abstract class FuzzContract {

  /** The seed of the run; {@code -Dfuzz.seed=N} replays another. */
  private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 400);
  private static final int FAILED_STATUS = 503;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A class name ({@code java.lang.X}, {@code SomethingException}), a stack frame, a version. */
  private static final Pattern LEAK = Pattern.compile(
      "\\b(java|javax|jakarta|sun|jdk|com\\.sun|org\\.eclipse|org\\.apache|dev\\.healthcheck)\\.[a-z]"
          + "|\\b[A-Z][A-Za-z]*(Exception|Error)\\b"
          + "|\\bat [\\w.$]+\\([\\w.]*(:\\d+)?\\)"
          + "|Jetty|Tomcat|\\b\\d+\\.\\d+\\.\\d+\\b");

  private static final List<String> METHODS =
      List.of("GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "get", "FOO");
  private static final List<String> KNOWN_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "CONNECT");
  private static final List<String> PREFIXES =
      List.of("/healthcheck", "/healthcheck", "/healthcheck/", "/environment", "/healthchecks", "");
  private static final List<String> SEGMENTS = List.of("readiness", "db", "mail", "zzz", "..", ".", "%2e%2e",
      "%2E", "%00", "%C0%AF", "%E0%A4", "%ZZ", "%", "%2F", "%5C", "%25", "%FF%FE", "%F0%9F%98%80", "\u00fc",
      "\u0928\u092e\u0938\u094d\u0924\u0947", "\ud83d\ude00", "", ";x=1", "~", "+", "*", "a b", "%20", "%0d%0a",
      "<b>", "'\"", "\\", "{x}");
  private static final List<String> QUERIES = List.of("check=db", "exclude=mail", "check=zzz", "exclude=%ZZ",
      "check=%C0%AF", "format=html", "format=json", "format=xml", "_=50%", "_=1712345678", "check=db,mail&format=html",
      "a=b&&&c", "=", "&", "check=", "check=%00", "exclude=db&exclude=db", "format=", "%ZZ=1", "check=\u00fc");
  private static final List<String> ACCEPTS = List.of("*/*", "application/json", "application/health+json",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ";", ",", "text/html;q=x",
      "application/health+json;q=NaN", "*/*;q=", "=;=,=", "text/*", "image/png");

  private final ServedEndpoints server;
  private URI base;

  protected FuzzContract(ServedEndpoints server) {
    this.server = server;
  }

  @BeforeEach
  void start() throws Exception {
    HealthChecker checker = HealthChecker.builder().failedStatus(FAILED_STATUS)
        .check(CheckDefinition.of("db", () -> CheckResult.ok("connected")).groups("readiness"))
        .check(CheckDefinition.of("mail", () -> CheckResult.fail("mail refused")).groups("extra"))
        .build();
    base = server.start(checker, EnvironmentDump.builder().includeOs(false).includeProcess(false)
        .section("application", "demo").build());
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void randomRequestsGetHonestAnswers() throws Exception {
    Random random = new Random(SEED);
    try (LogCapture logs = LogCapture.start()) {
      for (int i = 0; i < REQUESTS; i++) {
        String method = pick(random, METHODS);
        String target = target(random);
        String accept = random.nextInt(3) == 0 ? null : accept(random);
        String replay = "seed " + SEED + ", request " + i + ": " + method + " " + target + " Accept: " + accept;
        RawAnswer answer = send(method, target, accept);
        check(answer, method, replay);
      }
      assertEquals(List.of(), logs.stackTraces().stream().map(r -> r.getMessage()).toList(),
          "a client's request is no reason for a stack trace (seed " + SEED + ")");
    }
  }

  private RawAnswer send(String method, String target, String accept) throws IOException {
    return accept == null
        ? RawAnswer.exchange(base, RawAnswer.request(method, target))
        : RawAnswer.exchange(base, RawAnswer.request(method, target, "Accept", accept));
  }

  private void check(RawAnswer answer, String method, String replay) throws IOException {
    if (answer.status() == 0) {
      return; // the server closed the connection without a word: nothing leaked, nothing hung
    }
    if (answer.status() >= 500 && answer.status() != FAILED_STATUS && !unknownMethodRefused(answer, method)) {
      fail(replay + " answered " + answer.describe());
    }
    if (answer.fromOurEndpoints()) {
      checkOurs(answer, method, replay);
      // A 200 or 503 body is the service's own report (the environment names Java's version on
      // purpose); an error says what was wrong with the request, and nothing about us.
      String shown = answer.headers() + (answer.status() >= 400 && answer.status() != FAILED_STATUS ? answer.body() : "");
      if (LEAK.matcher(shown).find()) {
        fail(replay + " leaked a class name, stack frame or version: " + answer.describe());
      }
      return;
    }
    if (server.isDocumentedRefusal(answer)) {
      return;
    }
    if (LEAK.matcher(answer.headers() + " " + answer.body()).find()) {
      fail(replay + " leaked a class name, stack frame or version: " + answer.describe());
    }
  }

  /**
   * A container's 501 for a method it does not know ({@code FOO}) at a path none of our servlets
   * is mounted at: RFC 9110's answer for an unrecognised method, from the container's default
   * servlet. Our endpoints answer 405 with {@code Allow} instead.
   */
  private static boolean unknownMethodRefused(RawAnswer answer, String method) {
    return answer.status() == 501 && !answer.fromOurEndpoints() && !KNOWN_METHODS.contains(method);
  }

  private static void checkOurs(RawAnswer answer, String method, String replay) throws IOException {
    String type = answer.mediaType();
    if (method.equals("HEAD")) {
      assertEquals("", answer.body(), replay);
      return;
    }
    if (type.equals("text/html")) {
      assertTrue(answer.body().startsWith("<!DOCTYPE html>"), replay + ": " + answer.describe());
      return;
    }
    assertTrue(type.equals("application/json") || type.equals("application/health+json"), replay + ": " + answer.describe());
    JSON.readTree(answer.body()); // throws if it is not JSON
  }

  private static String target(Random random) {
    StringBuilder target = new StringBuilder(pick(random, PREFIXES));
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      target.append('/').append(pick(random, SEGMENTS));
    }
    if (random.nextInt(20) == 0) {
      target.append('/').append("a".repeat(2_000 + random.nextInt(20_000))); // very long
    }
    if (target.isEmpty()) {
      target.append('/');
    }
    if (random.nextBoolean()) {
      target.append('?').append(pick(random, QUERIES));
      if (random.nextBoolean()) {
        target.append('&').append(pick(random, QUERIES));
      }
    }
    return target.toString().replace(" ", random.nextBoolean() ? "%20" : "+");
  }

  private static String accept(Random random) {
    if (random.nextBoolean()) {
      return pick(random, ACCEPTS);
    }
    String alphabet = ";,=q/*+.-019 aehjlmnopstx";
    StringBuilder accept = new StringBuilder("a");
    for (int i = random.nextInt(40); i > 0; i--) {
      accept.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return accept.toString();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
