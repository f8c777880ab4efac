package dev.healthcheck.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What {@link HealthChecker.Builder} and {@link EnvironmentDump.Builder} share: the sections in the
 * order they were added, the secret words, and the one rule for the names a section may not take.
 * Both builders refuse a reserved name at {@code build()}, with the same words, so their rules
 * cannot drift apart.
 */
final class Registrations {

  private final Map<String, Section> sections = new LinkedHashMap<>();
  private SecretKeys secretKeys = SecretKeys.DEFAULT;

  /**
   * Adds a section.
   *
   * @throws IllegalArgumentException if the name is not valid or is already taken
   */
  void section(String name, Section section) {
    Names.requireValid("section", name);
    if (sections.putIfAbsent(name, section) != null) {
      throw new IllegalArgumentException("The name \"" + name + "\" is already taken.");
    }
  }

  /** Adds the sections of a registry (its {@code @EnvironmentSection} methods), in its order. */
  void sectionsOf(HealthRegistry registry) {
    for (SectionDefinition section : registry.sections()) {
      section(section.name(), section.section());
    }
  }

  /** Adds secret words; the defaults always stay. */
  void secretKeys(String... words) {
    secretKeys = secretKeys.plus(Arrays.asList(words));
  }

  /** The masker of the words given so far. */
  SecretMasker masker() {
    return SecretMasker.of(secretKeys);
  }

  /**
   * One slot per section, {@code leading} ones first, then those added here, in order. A section
   * whose name marks a secret ({@code api_key}) is withheld whole, and never computed.
   *
   * @param reserved the names this builder's own output takes, each with why and how to fix it
   *     ("is a key of the health body itself; choose another name")
   * @throws IllegalArgumentException if an added section has a reserved name
   */
  List<SectionSlot> slots(
      Map<String, Section> leading, Map<String, String> reserved, Executor executor, Duration timeout) {
    for (String name : sections.keySet()) {
      String reason = reserved.get(name);
      if (reason != null) {
        throw new IllegalArgumentException("section name '" + name + "' " + reason);
      }
    }
    SecretMasker masker = masker();
    Map<String, Section> all = new LinkedHashMap<>(leading);
    all.putAll(sections);
    List<SectionSlot> slots = new ArrayList<>(all.size());
    all.forEach((name, section) -> {
      Section shown = masker.isSecretName(name) ? () -> SecretMasker.MASK : section;
      slots.add(new SectionSlot(name, shown, executor, timeout, masker));
    });
    return List.copyOf(slots);
  }

  /** How many sections were added here. */
  int size() {
    return sections.size();
  }
}
