package dev.healthcheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.SectionDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a user's own test can ask the generated registry without running a check: which checks the
 * annotations declared, in which groups, with which timeouts (docs/testing-your-checks.md).
 */
class GeneratedRegistryTest {

  private final HealthRegistry registry = GeneratedHealthRegistry.create();

  @Test
  void declaresEveryAnnotatedCheckInClassThenSourceOrder() {
    assertEquals(
        List.of("inventoryApi", "paymentsDatabase", "heap", "diskSpace"),
        registry.checks().stream().map(CheckDefinition::name).toList());
  }

  @Test
  void probeGroupsHoldTheChecksTheAnnotationsNamed() {
    Map<String, Set<String>> groups = byName(CheckDefinition::groups);

    assertEquals(Set.of("readiness", "startup"), groups.get("inventoryApi"));
    assertEquals(Set.of(), groups.get("paymentsDatabase"), "a dependency outage must not restart the pod");
    assertEquals(Set.of("liveness", "startup"), groups.get("heap"));
    assertEquals(Set.of("readiness"), groups.get("diskSpace"));
  }

  @Test
  void networkChecksCarryTheirOwnTimeoutAndMachineChecksTheRunnersDefault() {
    CheckDefinition inventory = definition("inventoryApi");
    CheckDefinition heap = definition("heap");

    assertEquals(Duration.ofSeconds(2), inventory.timeout());
    assertNull(heap.timeout(), "no timeoutMillis: the checker's default applies");
  }

  @Test
  void everyCheckIsCritical() {
    assertEquals(
        Map.of("inventoryApi", true, "paymentsDatabase", true, "heap", true, "diskSpace", true),
        byName(CheckDefinition::critical));
  }

  @Test
  void declaresTheApplicationSection() {
    assertEquals(
        List.of("application"),
        registry.sections().stream().map(SectionDefinition::name).toList());
  }

  @Test
  void discoverFindsThisRegistryThroughTheServicesEntry() {
    assertEquals(
        List.of(GeneratedHealthRegistry.class),
        HealthRegistry.discover().stream().map(Object::getClass).toList());
  }

  private CheckDefinition definition(String name) {
    return registry.checks().stream()
        .filter(check -> check.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private <T> Map<String, T> byName(Function<CheckDefinition, T> property) {
    return registry.checks().stream().collect(Collectors.toMap(CheckDefinition::name, property));
  }
}
