package dev.healthcheck.runtime;

import java.util.Objects;

/**
 * A named {@link Section}, as a registry declares it (one per {@code @EnvironmentSection} method).
 *
 * @param name the section's key in the output: letters, digits, {@code _}, {@code -}, {@code .}
 * @param section what computes the value
 */
public record SectionDefinition(String name, Section section) {

  /**
   * Checks the name's shape, so a bad name fails where it is declared.
   *
   * @param name the section's name: a top-level key of the body
   * @param section computes the section's value
   */
  public SectionDefinition {
    Names.requireValid("section", name);
    Objects.requireNonNull(section, "section");
  }
}
