package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules on names, across the whole registry: check, group and section names are made of
 * ASCII letters, digits, {@code _}, {@code -} and {@code .} (they appear in URLs and JSON keys, as the
 * runtime checks too); check names and section names are unique; a group may not share a check's
 * name, since {@code /healthcheck/{name}} must mean one thing; a section may not take a built-in
 * section's name. A duplicate is reported on the second use, in the registry's order. The rules
 * read every annotation whose attributes could be read, including those of methods that break
 * other rules, so all errors show at once.
 */
final class NameRules {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.\\-]+");

  /** The environment dump's own sections (EnvironmentDump's includeOs, includeJava, includeProcess). */
  static final Set<String> BUILT_IN_SECTIONS = Set.of("os", "java", "process");

  /** Whether {@code name} may name a check, group or section. */
  static boolean isValid(String name) {
    return VALID.matcher(name).matches();
  }

  /** The problems of the names of these checks and sections, in the registry's order. */
  List<Problem> validate(List<CheckAttributes> checks, List<SectionAttributes> sections) {
    List<Problem> problems = new ArrayList<>();
    Map<String, ExecutableElement> checkNames = new HashMap<>();
    checks.forEach(check -> problems.addAll(checkName(check, checkNames)));
    checks.forEach(check -> problems.addAll(groupNames(check, checkNames)));
    Map<String, ExecutableElement> sectionNames = new HashMap<>();
    sections.forEach(section -> problems.addAll(sectionName(section, sectionNames)));
    return problems;
  }

  private List<Problem> checkName(CheckAttributes check, Map<String, ExecutableElement> seen) {
    String name = check.name();
    boolean written = check.isWritten("name");
    if (!isValid(name)) {
      return List.of(written
          ? Problem.onValue(check.method(), check.annotation(), check.value("name"),
              Messages.invalidName("check", name))
          : Problem.on(check.method(), Messages.invalidMethodName(name)));
    }
    ExecutableElement first = seen.putIfAbsent(name, check.method());
    if (first == null) {
      return List.of();
    }
    String message = Messages.duplicateName("check", name, TypeText.method(first));
    return List.of(written
        ? Problem.onValue(check.method(), check.annotation(), check.value("name"), message)
        : Problem.onAnnotation(check.method(), check.annotation(), message));
  }

  private List<Problem> groupNames(CheckAttributes check, Map<String, ExecutableElement> checks) {
    List<Problem> problems = new ArrayList<>();
    List<AnnotationValue> values = Annotations.values(check.annotation(), "groups");
    for (int i = 0; i < check.groups().size(); i++) {
      String group = check.groups().get(i);
      ExecutableElement sameName = checks.get(group);
      String message = null;
      if (!isValid(group)) {
        message = Messages.invalidName("group", group);
      } else if (sameName != null) {
        message = Messages.groupIsCheckName(group, TypeText.method(sameName));
      }
      if (message != null) {
        problems.add(Problem.onValue(check.method(), check.annotation(), values.get(i), message));
      }
    }
    return problems;
  }

  private List<Problem> sectionName(
      SectionAttributes section, Map<String, ExecutableElement> seen) {
    String name = section.name();
    String message = null;
    if (!isValid(name)) {
      message = Messages.invalidName("section", name);
    } else if (BUILT_IN_SECTIONS.contains(name)) {
      message = Messages.builtInSection(name);
    } else {
      ExecutableElement first = seen.putIfAbsent(name, section.method());
      if (first != null) {
        message = Messages.duplicateName("section", name, TypeText.method(first));
      }
    }
    return message == null
        ? List.of()
        : List.of(Problem.onValue(section.method(), section.annotation(), section.value(), message));
  }
}
