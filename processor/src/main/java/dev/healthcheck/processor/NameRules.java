package dev.healthcheck.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules on names, across the whole registry: check, group and section names are made of
 * ASCII letters, digits, {@code _}, {@code -} and {@code .} (they appear in URLs and JSON keys, as the
 * runtime checks too); check names and section names are unique; a group may not share a check's
 * name, since {@code /healthcheck/{name}} must mean one thing; a section may not take a built-in
 * section's name. A duplicate is reported on the second use, in the registry's order. The rules
 * read every annotated method, including those that break other rules, so all errors show at once.
 * A name javac could not compute (a constant that does not exist) is left to javac's own error.
 */
final class NameRules {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /** The environment dump's own sections (EnvironmentDump's includeOs, includeJava, includeProcess). */
  private static final Set<String> BUILT_IN_SECTIONS = Set.of("os", "java", "process");

  private final Diagnostics diagnostics;

  NameRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether every name is valid and unique; reports each one that is not. */
  boolean check(List<ExecutableElement> methods) {
    Map<String, ExecutableElement> checks = new HashMap<>();
    boolean valid = true;
    for (ExecutableElement method : methods) {
      Optional<AnnotationMirror> check = Annotations.find(method, Annotations.HEALTH_CHECK);
      if (check.isPresent()) {
        valid &= checkName(method, check.get(), checks);
      }
    }
    Map<String, ExecutableElement> sections = new HashMap<>();
    for (ExecutableElement method : methods) {
      Optional<AnnotationMirror> check = Annotations.find(method, Annotations.HEALTH_CHECK);
      if (check.isPresent()) {
        valid &= groupNames(method, check.get(), checks);
      }
      Optional<AnnotationMirror> section = Annotations.find(method, Annotations.ENVIRONMENT_SECTION);
      if (section.isPresent()) {
        valid &= sectionName(method, section.get(), sections);
      }
    }
    return valid;
  }

  /**
   * The check's name: the annotation's {@code name}, or the method's when it is empty; empty when
   * javac could not compute the {@code name} written (it reports that itself).
   */
  static Optional<String> checkName(ExecutableElement method, AnnotationMirror annotation) {
    return Annotations.string(Annotations.value(annotation, "name"))
        .map(name -> name.isEmpty() ? method.getSimpleName().toString() : name);
  }

  private boolean checkName(
      ExecutableElement method, AnnotationMirror annotation, Map<String, ExecutableElement> seen) {
    Optional<String> computed = checkName(method, annotation);
    if (computed.isEmpty()) {
      return false;
    }
    String name = computed.get();
    boolean written = Annotations.isWritten(annotation, "name");
    AnnotationValue value = Annotations.value(annotation, "name");
    if (!VALID.matcher(name).matches()) {
      if (written) {
        diagnostics.error(Messages.invalidName("check", name), method, annotation, value);
      } else {
        diagnostics.error(Messages.invalidMethodName(name), method);
      }
      return false;
    }
    ExecutableElement first = seen.putIfAbsent(name, method);
    if (first == null) {
      return true;
    }
    String message = Messages.duplicateName("check", name, TypeText.method(first));
    if (written) {
      diagnostics.error(message, method, annotation, value);
    } else {
      diagnostics.error(message, method, annotation);
    }
    return false;
  }

  private boolean groupNames(
      ExecutableElement method, AnnotationMirror annotation, Map<String, ExecutableElement> checks) {
    boolean valid = true;
    for (AnnotationValue value : Annotations.values(annotation, "groups")) {
      Optional<String> computed = Annotations.string(value);
      if (computed.isEmpty()) {
        valid = false;
        continue;
      }
      String group = computed.get();
      ExecutableElement sameName = checks.get(group);
      String message = null;
      if (!VALID.matcher(group).matches()) {
        message = Messages.invalidName("group", group);
      } else if (sameName != null) {
        message = Messages.groupIsCheckName(group, TypeText.method(sameName));
      }
      if (message != null) {
        valid = false;
        diagnostics.error(message, method, annotation, value);
      }
    }
    return valid;
  }

  private boolean sectionName(
      ExecutableElement method, AnnotationMirror annotation, Map<String, ExecutableElement> seen) {
    AnnotationValue value = Annotations.value(annotation, "value");
    Optional<String> computed = Annotations.string(value);
    if (computed.isEmpty()) {
      return false;
    }
    String name = computed.get();
    String message = null;
    if (!VALID.matcher(name).matches()) {
      message = Messages.invalidName("section", name);
    } else if (BUILT_IN_SECTIONS.contains(name)) {
      message = Messages.builtInSection(name);
    } else {
      ExecutableElement first = seen.putIfAbsent(name, method);
      if (first != null) {
        message = Messages.duplicateName("section", name, TypeText.method(first));
      }
    }
    if (message == null) {
      return true;
    }
    diagnostics.error(message, method, annotation, value);
    return false;
  }
}
