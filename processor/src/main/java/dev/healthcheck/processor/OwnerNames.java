package dev.healthcheck.processor;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The names the registry gives one class with annotated methods.
 *
 * <p>The instance is named after the class in lowerCamel case ({@code RedisChecks} becomes
 * {@code redisChecks}, {@code Outer.Inner} becomes {@code outerInner}): the builder's setter,
 * the registry's parameter. Two classes of the same simple name are told apart by their packages
 * ({@code comARedisChecks}, {@code comBRedisChecks}). Any clash left after that
 * ({@code com.example.DbChecks} and {@code com.example.Db.Checks} both give
 * {@code comExampleDbChecks}, or a class is named like another's fallback) is settled by a
 * number, in the order of qualified names, so the names are distinct and the same for the same
 * sources.
 *
 * @param variable the instance's name: the builder's setter and field, the registry's parameter
 * @param adder the registry's method that adds the class's checks and sections
 * @param calls the registry's nested class that calls the class's methods
 */
record OwnerNames(String variable, String adder, String calls) {

  /** The registry's own members, which no generated name may take. */
  private static final Set<String> REGISTRY_METHODS = Set.of("create", "builder", "checks", "sections");

  private static final String BUILDER = "Builder";

  /**
   * The names of each class, by qualified name; no two classes share any of them, and no nested
   * class takes the registry's name or {@code Builder}.
   */
  static Map<String, OwnerNames> assign(List<TypeElement> classes, String registrySimpleName) {
    List<TypeElement> sorted = classes.stream()
        .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
        .toList();
    Map<String, Long> uses = sorted.stream()
        .collect(Collectors.groupingBy(OwnerNames::simpleVariable, Collectors.counting()));
    Allocator variables = new Allocator(Set.of(), false);
    Allocator adders = new Allocator(REGISTRY_METHODS, false);
    // Nested classes are files too (Registry$DbChecksCalls.class): case-insensitive file systems.
    Allocator nestedClasses = new Allocator(Set.of(registrySimpleName, BUILDER), true);
    Map<String, OwnerNames> names = new LinkedHashMap<>();
    for (TypeElement type : sorted) {
      String qualified = type.getQualifiedName().toString();
      String simple = simpleVariable(type);
      String variable = uses.get(simple) == 1
          ? variables.allocate(simple, camel(qualified))
          : variables.allocate(camel(qualified));
      names.put(qualified, new OwnerNames(
          variable,
          adders.allocate("add" + upperFirst(variable)),
          nestedClasses.allocate(upperFirst(variable) + "Calls")));
    }
    return names;
  }

  /** {@code com.example.URLChecks} to {@code comExampleUrlChecks}; never a Java keyword. */
  static String camel(String dottedName) {
    StringBuilder camel = new StringBuilder();
    for (String part : dottedName.split("\\.")) {
      camel.append(camel.length() == 0 ? lowerFirstWord(part) : upperFirst(part));
    }
    String variable = camel.toString();
    return SourceVersion.isKeyword(variable) ? variable + "Instance" : variable;
  }

  /** {@code redisChecks} to {@code RedisChecks}. */
  static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String simpleVariable(TypeElement type) {
    return camel(TypeText.simpleName(type));
  }

  /** Lowercases a leading acronym as a word: {@code URLChecks} to {@code urlChecks}. */
  private static String lowerFirstWord(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower);
  }

  /**
   * Hands out names of one namespace, each once: the first free candidate, else the last one
   * with the first free number after it ({@code dbChecks2}). JavaPoet's {@code NameAllocator}
   * appends underscores instead, which reads badly in a public setter.
   */
  private static final class Allocator {

    private final Set<String> taken = new HashSet<>();
    private final boolean ignoresCase;

    Allocator(Set<String> reserved, boolean ignoresCase) {
      this.ignoresCase = ignoresCase;
      reserved.forEach(this::take);
    }

    String allocate(String... candidates) {
      for (String candidate : candidates) {
        if (take(candidate)) {
          return candidate;
        }
      }
      String last = candidates[candidates.length - 1];
      for (int number = 2; ; number++) {
        if (take(last + number)) {
          return last + number;
        }
      }
    }

    private boolean take(String name) {
      return taken.add(ignoresCase ? name.toLowerCase(Locale.ROOT) : name);
    }
  }
}
