package dev.healthcheck.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Names an instance of each class after it in lowerCamel case ({@code RedisChecks} becomes
 * {@code redisChecks}, {@code Outer.Inner} becomes {@code outerInner}): the builder's setter and
 * the registry's parameter. Two classes of the same simple name are told apart by their packages
 * ({@code comARedisChecks}, {@code comBRedisChecks}).
 */
final class VariableNames {

  private VariableNames() {}

  /** The variable of each class, by qualified name; distinct from each other. */
  static Map<String, String> assign(List<TypeElement> classes) {
    Map<String, Long> uses = classes.stream()
        .collect(Collectors.groupingBy(VariableNames::simple, Collectors.counting()));
    Map<String, String> variables = new HashMap<>();
    for (TypeElement type : classes) {
      String simple = simple(type);
      String variable = uses.get(simple) == 1 ? simple : camel(type.getQualifiedName().toString());
      variables.put(type.getQualifiedName().toString(), variable);
    }
    return variables;
  }

  private static String simple(TypeElement type) {
    return camel(TypeText.simpleName(type));
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

  /** Lowercases a leading acronym as a word: {@code URLChecks} to {@code urlChecks}. */
  private static String lowerFirstWord(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower);
  }

  private static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
