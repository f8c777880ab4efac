package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The dump's shape: sections, switches, custom sections, names, order and failures. */
class EnvironmentDumpTest {

  /** A registry written by hand, as a generated one would declare its sections. */
  private static HealthRegistry registry(SectionDefinition... sections) {
    return new HealthRegistry() {
      @Override
      public List<SectionDefinition> sections() {
        return List.of(sections);
      }
    };
  }

  @Test
  void answers200WithJsonContentType() {
    HealthResponse response = EnvironmentDump.builder().build().run();

    assertEquals(200, response.status());
    assertEquals(Map.of("Content-Type", "application/json"), response.headers());
    assertTrue(Json.parse(response).isObject());
  }

  @Test
  void builtInSectionsComeFirstInPyHealthcheckOrder() {
    JsonNode body = Json.parse(EnvironmentDump.builder().build().run());

    assertEquals(List.of("os", "java", "process"), Json.fieldNames(body));
  }

  @Test
  void ofHasBuiltInsThenEachRegistrysSections() {
    HealthRegistry first = registry(new SectionDefinition("application", () -> Map.of("name", "shop")));
    HealthRegistry second = registry(new SectionDefinition("build", () -> "42"));

    JsonNode body = Json.parse(EnvironmentDump.of(first, second).run());

    assertEquals(List.of("os", "java", "process", "application", "build"), Json.fieldNames(body));
    assertEquals("shop", body.get("application").get("name").asText());
    assertEquals("42", body.get("build").asText());
  }

  @Test
  void eachBuiltInCanBeSwitchedOff() {
    assertEquals(List.of("java", "process"), sectionNames(EnvironmentDump.builder().includeOs(false)));
    assertEquals(List.of("os", "process"), sectionNames(EnvironmentDump.builder().includeJava(false)));
    assertEquals(List.of("os", "java"), sectionNames(EnvironmentDump.builder().includeProcess(false)));
    assertEquals(
        List.of(),
        sectionNames(EnvironmentDump.builder().includeOs(false).includeJava(false).includeProcess(false)));
  }

  @Test
  void aSwitchCanBeTurnedBackOn() {
    assertEquals(
        List.of("os", "java", "process"),
        sectionNames(EnvironmentDump.builder().includeOs(false).includeOs(true)));
  }

  @Test
  void customSectionsFollowBuiltInsInRegistrationOrder() {
    EnvironmentDump.Builder builder =
        EnvironmentDump.builder()
            .section("zeta", "last letter")
            .registry(registry(new SectionDefinition("alpha", () -> 1)))
            .section("middle", () -> List.of(1, 2));

    assertEquals(List.of("os", "java", "process", "zeta", "alpha", "middle"), sectionNames(builder));
  }

  @Test
  void supplierSectionIsComputedOnEveryCall() {
    AtomicInteger calls = new AtomicInteger();
    EnvironmentDump dump =
        EnvironmentDump.builder().includeOs(false).includeJava(false).includeProcess(false)
            .section("counter", calls::incrementAndGet)
            .build();

    assertEquals(1, Json.parse(dump.run()).get("counter").asInt());
    assertEquals(2, Json.parse(dump.run()).get("counter").asInt());
  }

  @Test
  void plainValueSectionIsKeptByReference() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("feature", "off");
    EnvironmentDump dump = customOnly().section("config", config).build();

    assertEquals("off", Json.parse(dump.run()).get("config").get("feature").asText());
    config.put("feature", "on");
    assertEquals("on", Json.parse(dump.run()).get("config").get("feature").asText());
  }

  @Test
  void registrySectionIsComputedOnEveryCall() {
    AtomicInteger calls = new AtomicInteger();
    EnvironmentDump dump =
        customOnly().registry(registry(new SectionDefinition("counter", calls::incrementAndGet))).build();

    dump.run();
    assertEquals(2, Json.parse(dump.run()).get("counter").asInt());
  }

  @Test
  void nullSectionIsJsonNull() {
    JsonNode body = Json.parse(customOnly().section("nothing", () -> null).build().run());

    assertTrue(body.get("nothing").isNull());
  }

  @Test
  void takenNameIsRefusedWithPyHealthcheckMessage() {
    EnvironmentDump.Builder builder = EnvironmentDump.builder().section("app", "one");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> builder.section("app", () -> "two"));
    assertEquals("The name \"app\" is already taken.", refused.getMessage());
  }

  @Test
  void nameTakenBetweenRegistryAndBuilderIsRefused() {
    EnvironmentDump.Builder builder =
        EnvironmentDump.builder().registry(registry(new SectionDefinition("app", () -> "one")));

    assertThrows(IllegalArgumentException.class, () -> builder.section("app", "two"));
  }

  @Test
  void invalidNameIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> EnvironmentDump.builder().section("my app", "x"));
    assertTrue(refused.getMessage().contains("'my app'"), refused.getMessage());
  }

  @Test
  void customSectionMayNotTakeAnEnabledBuiltInName() {
    for (String builtIn : List.of("os", "java", "process")) {
      EnvironmentDump.Builder builder = EnvironmentDump.builder().section(builtIn, "mine");

      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, builder::build);
      assertTrue(refused.getMessage().contains("'" + builtIn + "'"), refused.getMessage());
      assertTrue(refused.getMessage().contains("(false)"), refused.getMessage());
    }
  }

  @Test
  void registrySectionMayNotTakeAnEnabledBuiltInName() {
    EnvironmentDump.Builder builder =
        EnvironmentDump.builder().registry(registry(new SectionDefinition("process", () -> "mine")));

    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void disabledBuiltInNameIsFreeAndTakesItsPlaceAmongCustomSections() {
    JsonNode body =
        Json.parse(
            EnvironmentDump.builder()
                .section("first", 1)
                .section("os", "my own os")
                .includeOs(false)
                .build()
                .run());

    assertEquals(List.of("java", "process", "first", "os"), Json.fieldNames(body));
    assertEquals("my own os", body.get("os").asText());
  }

  @Test
  void throwingSectionIsAnErrorEntryAndTheRestIsServed() {
    HealthResponse response =
        EnvironmentDump.builder()
            .section("before", "fine")
            .section("broken", () -> {
              throw new IllegalStateException("config server unreachable");
            })
            .section("after", "fine too")
            .build()
            .run();

    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    assertEquals(List.of("os", "java", "process", "before", "broken", "after"), Json.fieldNames(body));
    assertEquals(
        "java.lang.IllegalStateException: config server unreachable",
        body.get("broken").get("error").asText());
    assertEquals("fine", body.get("before").asText());
    assertEquals("fine too", body.get("after").asText());
    assertTrue(body.get("os").has("name"));
  }

  @Test
  void throwingRegistrySectionWithCheckedExceptionIsAnErrorEntry() {
    Section failing = () -> {
      throw new java.io.IOException("disk gone");
    };
    JsonNode body = Json.parse(customOnly().registry(registry(new SectionDefinition("disk", failing))).build().run());

    assertEquals("java.io.IOException: disk gone", body.get("disk").get("error").asText());
  }

  @Test
  void sectionThrowingAnErrorIsAnErrorEntry() {
    JsonNode body =
        Json.parse(
            customOnly()
                .section("linkage", () -> {
                  throw new NoClassDefFoundError("com/example/Missing");
                })
                .section("fine", "yes")
                .build()
                .run());

    assertEquals("java.lang.NoClassDefFoundError: com/example/Missing", body.get("linkage").get("error").asText());
    assertEquals("yes", body.get("fine").asText());
  }

  @Test
  void errorEntryMasksCredentialsInTheMessage() {
    String body =
        customOnly()
            .section("db", () -> {
              throw new IllegalStateException("cannot reach postgres://app:hunter2-db@db:5432/app");
            })
            .build()
            .run()
            .body();

    assertFalse(body.contains("hunter2-db"), body);
    assertTrue(body.contains("db:5432/app"), body);
  }

  /** A bean whose getter Jackson calls, and which throws. */
  public static final class ExplodingBean {
    public String getValue() {
      throw new UnsupportedOperationException("not today");
    }
  }

  @Test
  void unwritableValueIsAnErrorEntryAndTheRestIsServed() {
    HealthResponse response =
        customOnly().section("bean", new ExplodingBean()).section("fine", "yes").build().run();

    assertEquals(200, response.status());
    JsonNode body = Json.parse(response);
    String error = body.get("bean").get("error").asText();
    assertTrue(error.startsWith("com.fasterxml.jackson.databind."), error);
    assertTrue(error.contains("not today"), error);
    assertEquals("yes", body.get("fine").asText());
  }

  @Test
  void cyclicValueIsAShortErrorEntry() {
    Map<String, Object> cycle = new HashMap<>();
    cycle.put("self", cycle);
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    HealthResponse response = customOnly().section("cycle", cycle).section("loop", loop).section("fine", 1).build().run();

    JsonNode body = Json.parse(response);
    String error = body.get("cycle").get("error").asText();
    assertTrue(error.contains("nesting depth"), error);
    assertTrue(error.length() < 500, "the reference chain is left out: " + error.length());
    assertTrue(body.get("loop").has("error"));
    assertEquals(1, body.get("fine").asInt());
  }

  /** A getter that never ends: the stack overflows inside Jackson. */
  public static final class Bottomless {
    public int getDepth() {
      return getDepth() + 1;
    }
  }

  @Test
  void stackOverflowInASectionIsAnErrorEntry() {
    JsonNode body = Json.parse(customOnly().section("deep", new Bottomless()).section("fine", 1).build().run());

    assertTrue(body.get("deep").get("error").asText().contains("StackOverflowError"));
    assertEquals(1, body.get("fine").asInt());
  }

  @Test
  void deeplyNestedSectionBeyondJacksonsLimitIsAnErrorNeverUnscrubbed() {
    Map<String, Object> root = new HashMap<>();
    Map<String, Object> current = root;
    for (int depth = 0; depth < 1500; depth++) {
      Map<String, Object> next = new HashMap<>();
      current.put("level", next);
      current = next;
    }
    current.put("password", "bottom-of-the-well-secret");

    String body = customOnly().section("deep", root).build().run().body();

    assertFalse(body.contains("bottom-of-the-well-secret"));
    assertTrue(Json.parse(body).get("deep").has("error"));
  }

  @Test
  void nestingWithinJacksonsLimitIsScrubbedAtTheBottom() {
    Map<String, Object> root = new HashMap<>();
    Map<String, Object> current = root;
    for (int depth = 0; depth < 900; depth++) {
      Map<String, Object> next = new HashMap<>();
      current.put("level", next);
      current = next;
    }
    current.put("password", "bottom-of-the-well-secret");
    current.put("colour", "blue");

    String body = customOnly().section("deep", root).build().run().body();

    assertFalse(body.contains("bottom-of-the-well-secret"));
    assertTrue(body.contains("\"colour\": \"blue\""));
    assertTrue(body.contains("\"password\": \"********\""));
  }

  /** A record with JDK types that plain Jackson refuses. */
  record Deployment(String version, Instant deployedAt, Duration window, Optional<String> region, Optional<String> zone) {}

  @Test
  void recordsAndJavaTimeValuesAreWritten() {
    Deployment deployment =
        new Deployment("1.2.3", Instant.parse("2026-01-01T12:00:00Z"), Duration.ofMinutes(5), Optional.of("eu-west-1"), Optional.empty());

    JsonNode section = Json.parse(customOnly().section("deployment", deployment).build().run()).get("deployment");

    assertEquals("1.2.3", section.get("version").asText());
    assertEquals("2026-01-01T12:00:00Z", section.get("deployedAt").asText());
    assertEquals("PT5M", section.get("window").asText());
    assertEquals("eu-west-1", section.get("region").asText());
    assertTrue(section.get("zone").isNull());
  }

  @Test
  void numbersSurviveTheRoundTripUnchanged() {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("int", 7);
    numbers.put("long", Long.MAX_VALUE);
    numbers.put("double", 0.1);
    numbers.put("whole_double", 2.0);
    numbers.put("precise", new java.math.BigDecimal("3.14159265358979323846264338327950288"));
    numbers.put("flag", true);

    String body = customOnly().section("numbers", numbers).build().run().body();

    assertTrue(
        body.contains(
            "{\"int\": 7, \"long\": 9223372036854775807, \"double\": 0.1, \"whole_double\": 2.0, "
                + "\"precise\": 3.14159265358979323846264338327950288, \"flag\": true}"),
        body);
  }

  @Test
  void nonAsciiIsEscaped() {
    String body = customOnly().section("greeting", "h\u00e9llo \u65e5\u672c").build().run().body();

    assertTrue(body.contains("h\\u00e9llo \\u65e5\\u672c"), body);
  }

  @Test
  void concurrentRunsEachGetACompleteBody() throws Exception {
    EnvironmentDump dump = EnvironmentDump.builder().section("app", Map.of("name", "shop")).build();
    List<Thread> threads = new ArrayList<>();
    List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread thread = new Thread(() -> bodies.add(dump.run().body()));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertEquals(4, bodies.size());
    for (String body : bodies) {
      assertEquals(List.of("os", "java", "process", "app"), Json.fieldNames(Json.parse(body)));
    }
  }

  @Test
  void sectionOfExactlyTheBoundIsWrittenWhole() {
    // A string's JSON is the string and two quotes: 262,144 characters in all.
    String value = "v".repeat(262_142);
    JsonNode body = Json.parse(customOnly().section("big", value).build().run());

    assertEquals(value, body.get("big").asText());
  }

  @Test
  void sectionOneCharacterOverTheBoundIsAnErrorEntryThatSaysSo() {
    JsonNode body = Json.parse(customOnly()
        .section("huge", "v".repeat(262_143)).section("next", "kept").build().run());

    assertEquals("too large: the section's JSON is longer than the maximum of 262144 characters;"
        + " return less, or split it into sections", body.get("huge").get("error").asText());
    assertEquals("kept", body.get("next").asText());
  }

  @Test
  void hugeSectionStopsBeingWrittenAtTheBound() {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      entries.add("entry number " + i);
    }
    JsonNode body = Json.parse(customOnly().section("huge", entries).build().run());

    assertTrue(body.get("huge").get("error").asText().startsWith("too large"), body.toString());
  }

  @Test
  void sectionWhoseGetterHangsTimesOut() {
    CountDownLatch release = new CountDownLatch(1);
    Object hanging = new Object() {
      @SuppressWarnings("unused") // read by Jackson
      public String getValue() throws InterruptedException {
        release.await();
        return "late";
      }
    };
    try {
      JsonNode body = Json.parse(customOnly().timeout(Duration.ofMillis(200))
          .section("hanging", hanging).build().run());

      assertEquals("timed out after 200 ms", body.get("hanging").get("error").asText());
    } finally {
      release.countDown();
    }
  }

  @Test
  void sectionWhoseFailureCannotBeDescribedIsAnsweredOnEveryCall() {
    // Its exception's message throws, and so does that one's: the error entry cannot be made on
    // the pool, the run crashes, and each call writes the entry of what broke it.
    RuntimeException innermost = new IllegalStateException("message unavailable");
    RuntimeException inner = new RuntimeException() {
      @Override
      public String getMessage() {
        throw innermost;
      }
    };
    EnvironmentDump dump = customOnly().timeout(Duration.ofSeconds(30))
        .section("broken", (Supplier<Object>) () -> {
          throw new RuntimeException() {
            @Override
            public String getMessage() {
              throw inner;
            }
          };
        })
        .build();

    for (int call = 0; call < 2; call++) {
      assertEquals("java.lang.IllegalStateException: message unavailable",
          Json.parse(dump.run()).get("broken").get("error").asText(), "call " + call);
    }
  }

  private static EnvironmentDump.Builder customOnly() {
    return EnvironmentDump.builder().includeOs(false).includeJava(false).includeProcess(false);
  }

  private static List<String> sectionNames(EnvironmentDump.Builder builder) {
    return Json.fieldNames(Json.parse(builder.build().run()));
  }
}
