package dev.healthcheck.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;

/**
 * The rules on names, across the whole registry: check, group and section names are made of
 * letters, digits, {@code _}, {@code -} and {@code .} (they appear in URLs and JSON keys, as the
 * runtime checks too); check names and section names are unique; a group may not share a check's
 * name, since {@code /healthcheck/{name}} must mean one thing; a section may not take a built-in
 * section's name. A duplicate is reported on the second use, in the registry's order.
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
  boolean check(List<CheckMethod> checks, List<SectionMethod> sections) {
    boolean valid = checkNames(checks);
    valid &= groupNames(checks);
    valid &= sectionNames(sections);
    return valid;
  }

  private boolean checkNames(List<CheckMethod> checks) {
    boolean valid = true;
    Map<String, CheckMethod> seen = new HashMap<>();
    for (CheckMethod check : checks) {
      boolean written = Annotations.isWritten(check.annotation(), "name");
      AnnotationValue value = Annotations.value(check.annotation(), "name");
      CheckMethod first = seen.putIfAbsent(check.name(), check);
      if (!VALID.matcher(check.name()).matches()) {
        valid = false;
        if (written) {
          error(Messages.invalidName("check", check.name()), check, value);
        } else {
          diagnostics.error(Messages.invalidMethodName(check.method()), check.element());
        }
      } else if (first != null) {
        valid = false;
        String message =
            Messages.duplicateName("check", check.name(), TypeText.method(first.element()));
        if (written) {
          error(message, check, value);
        } else {
          diagnostics.error(message, check.element(), check.annotation());
        }
      }
    }
    return valid;
  }

  private boolean groupNames(List<CheckMethod> checks) {
    Map<String, CheckMethod> checksByName = new HashMap<>();
    checks.forEach(check -> checksByName.putIfAbsent(check.name(), check));
    boolean valid = true;
    for (CheckMethod check : checks) {
      for (AnnotationValue value : Annotations.values(check.annotation(), "groups")) {
        String group = (String) value.getValue();
        CheckMethod sameName = checksByName.get(group);
        if (!VALID.matcher(group).matches()) {
          valid = false;
          error(Messages.invalidName("group", group), check, value);
        } else if (sameName != null) {
          valid = false;
          error(Messages.groupIsCheckName(group, TypeText.method(sameName.element())), check, value);
        }
      }
    }
    return valid;
  }

  private boolean sectionNames(List<SectionMethod> sections) {
    boolean valid = true;
    Map<String, SectionMethod> seen = new HashMap<>();
    for (SectionMethod section : sections) {
      AnnotationValue value = Annotations.value(section.annotation(), "value");
      SectionMethod first = seen.putIfAbsent(section.name(), section);
      String message = null;
      if (!VALID.matcher(section.name()).matches()) {
        message = Messages.invalidName("section", section.name());
      } else if (BUILT_IN_SECTIONS.contains(section.name())) {
        message = Messages.builtInSection(section.name());
      } else if (first != null) {
        message = Messages.duplicateName(
            "section", section.name(), TypeText.method(first.element()));
      }
      if (message != null) {
        valid = false;
        diagnostics.error(message, section.element(), section.annotation(), value);
      }
    }
    return valid;
  }

  private void error(String message, CheckMethod check, AnnotationValue value) {
    diagnostics.error(message, check.element(), check.annotation(), value);
  }
}
