package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.SectionDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The processor and the runtime judge names by one table: a name the processor accepts at compile
 * time is one the runtime accepts when the registry runs, and the other way round.
 */
class NameTableTest {

  /** Each name, and whether it may name a check, group or section. */
  private static final Map<String, Boolean> NAMES = table();

  private static Map<String, Boolean> table() {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (String valid : new String[] {
        "db", "DB", "redis.replica-1", "a_b", "x9", "9", "-", ".", "...", "readiness"}) {
      names.put(valid, true);
    }
    for (String invalid : new String[] {
        "", " ", "a b", "db/x", "a:b", "é", "ünïcode", "\u0661", "db\n", "tab\t", "a+b",
        "\"quoted\"", "a{b}", "%20"}) {
      names.put(invalid, false);
    }
    return names;
  }

  @Test
  void processorAndRuntimeAcceptTheSameNames() {
    assertAll(NAMES.entrySet().stream().map(entry -> (Executable) () -> {
      String name = entry.getKey();
      boolean valid = entry.getValue();
      assertEquals(valid, NameRules.isValid(name), () -> "processor on '" + name + "'");
      assertEquals(valid, runtimeAccepts(() -> CheckDefinition.of(name, () -> CheckResult.ok(""))),
          () -> "runtime check name '" + name + "'");
      assertEquals(valid, runtimeAccepts(
              () -> CheckDefinition.of("db", () -> CheckResult.ok("")).groups(name)),
          () -> "runtime group name '" + name + "'");
      assertEquals(valid, runtimeAccepts(() -> new SectionDefinition(name, () -> "value")),
          () -> "runtime section name '" + name + "'");
    }));
  }

  @Test
  void builtInSectionsAreTheRuntimesOwn() throws Exception {
    String body = EnvironmentDump.builder().build().run().body();
    Set<String> runtimeSections = new TreeSet<>();
    new ObjectMapper().readTree(body).fieldNames().forEachRemaining(runtimeSections::add);

    assertEquals(runtimeSections, new TreeSet<>(NameRules.BUILT_IN_SECTIONS));
    for (String name : NameRules.BUILT_IN_SECTIONS) {
      assertThrows(IllegalArgumentException.class,
          () -> EnvironmentDump.builder().section(name, "custom").build(),
          () -> "the runtime takes a custom section named " + name);
    }
  }

  private static boolean runtimeAccepts(Runnable declaration) {
    try {
      declaration.run();
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }
}
