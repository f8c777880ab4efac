package dev.healthcheck.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** The registered checks, found by name or group, with the naming rules that keep URLs unique. */
final class CheckCatalog {

  private final List<CheckSlot> slots;
  private final Map<String, CheckSlot> byName = new LinkedHashMap<>();
  private final Map<String, List<CheckSlot>> byGroup = new LinkedHashMap<>();

  CheckCatalog(List<CheckDefinition> definitions, RunSettings settings) {
    List<CheckSlot> all = new ArrayList<>();
    for (CheckDefinition definition : definitions) {
      CheckSlot slot = new CheckSlot(definition, settings);
      if (byName.putIfAbsent(definition.name(), slot) != null) {
        throw new IllegalArgumentException(
            "check name '" + definition.name() + "' is registered twice; give one of them another name");
      }
      all.add(slot);
      for (String group : definition.groups()) {
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(slot);
      }
    }
    for (String group : byGroup.keySet()) {
      if (byName.containsKey(group)) {
        throw new IllegalArgumentException(
            "group '" + group + "' has the name of a check, so /healthcheck/" + group
                + " would be ambiguous; rename the group or the check");
      }
    }
    this.slots = List.copyOf(all);
  }

  /** Every check, in registration order. */
  List<CheckSlot> all() {
    return slots;
  }

  /** The names of every check, in registration order. */
  Set<String> checkNames() {
    return Collections.unmodifiableSet(byName.keySet());
  }

  /** The names of every group, in the order they were first named. */
  Set<String> groupNames() {
    return Collections.unmodifiableSet(byGroup.keySet());
  }

  /**
   * The checks a query covers, in registration order.
   *
   * @throws NoSuchElementException naming the first name that matches nothing
   */
  List<CheckSlot> select(HealthQuery query) {
    List<CheckSlot> selected = named(query.name());
    if (query.included().isEmpty() && query.excluded().isEmpty()) {
      return selected;
    }
    requireChecks(query.excluded(), "exclude");
    requireChecks(query.included(), "check");
    List<CheckSlot> filtered = new ArrayList<>(selected.size());
    for (CheckSlot slot : selected) {
      String name = slot.definition().name();
      boolean kept = query.included().isEmpty() || query.included().contains(name);
      if (kept && !query.excluded().contains(name)) {
        filtered.add(slot);
      }
    }
    requireSelected(query, selected);
    return filtered;
  }

  /**
   * A {@code ?check=} name outside the group would leave a probe that checks nothing and passes
   * for ever; it is refused like a name that does not exist.
   */
  private static void requireSelected(HealthQuery query, List<CheckSlot> selected) {
    for (String name : query.included()) {
      if (selected.stream().noneMatch(slot -> slot.definition().name().equals(name))) {
        throw new NoSuchElementException(
            "check '" + name + "' is not in group '" + query.name() + "' (given as ?check=" + name + ")");
      }
    }
  }

  private List<CheckSlot> named(String name) {
    if (name == null) {
      return slots;
    }
    List<CheckSlot> group = byGroup.get(name);
    if (group != null) {
      return group;
    }
    CheckSlot single = byName.get(name);
    if (single != null) {
      return List.of(single);
    }
    throw new NoSuchElementException("no check or group named '" + name + "'");
  }

  private void requireChecks(Set<String> names, String parameter) {
    for (String name : names) {
      if (!byName.containsKey(name)) {
        throw new NoSuchElementException(
            "no check named '" + name + "' (given as ?" + parameter + "=" + name + ")");
      }
    }
  }
}
