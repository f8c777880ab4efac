package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with annotated methods, as the registry uses it.
 *
 * @param type the class
 * @param names what the registry calls its instance, the method that adds its checks and the
 *     nested class that calls them
 * @param construction whether the registry can write {@code new Type()}, and if not, why
 * @param checks its {@code @HealthCheck} methods, in source order
 * @param sections its {@code @EnvironmentSection} methods, in source order
 * @param element where it is declared: an originating element of every generated file
 */
record Owner(
    ClassName type,
    OwnerNames names,
    Construction construction,
    List<CheckMethod> checks,
    List<SectionMethod> sections,
    TypeElement element) {

  Owner {
    checks = List.copyOf(checks);
    sections = List.copyOf(sections);
  }

  /** The lowerCamel name of its instance: the builder's setter, the registry's parameter. */
  String variable() {
    return names.variable();
  }

  /** Whether the registry can write {@code new Type()}. */
  boolean canConstruct() {
    return construction == Construction.POSSIBLE;
  }

  /** Whether any annotated method is an instance method: the registry then needs an instance. */
  boolean needsInstance() {
    return checks.stream().anyMatch(check -> !check.isStatic())
        || sections.stream().anyMatch(section -> !section.isStatic());
  }
}
