package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The registry's name: the {@code -Ahealthcheck.registry} option if given, else
 * {@code GeneratedHealthRegistry} in the longest common package of the classes with annotated
 * methods.
 */
final class RegistryName {

  /** The processor option that names the registry. */
  static final String OPTION = "healthcheck.registry";

  static final String DEFAULT_SIMPLE_NAME = "GeneratedHealthRegistry";

  /** Identifiers that cannot name a class (JLS 3.8, TypeIdentifier), though they name variables. */
  private static final Set<String> NOT_CLASS_NAMES =
      Set.of("permits", "record", "sealed", "var", "yield");

  private final Access access;

  RegistryName(Access access) {
    this.access = access;
  }

  /**
   * The name, or the problem on the first method that makes it impossible. Classes of
   * the unnamed package take no part in the common package: no registry in a named package can
   * import them, and {@code AccessRules} says so on each of them.
   */
  Validated<ClassName> resolve(
      Map<String, String> options, List<TypeElement> owners, Set<String> sourceClasses) {
    if (options.containsKey(OPTION)) {
      return fromOption(options.get(OPTION), owners, sourceClasses);
    }
    List<TypeElement> named =
        owners.stream().filter(owner -> !access.packageOf(owner).isEmpty()).toList();
    if (named.isEmpty()) {
      return Validated.invalid(
          Problem.on(AnnotatedMethods.of(owners.get(0)).get(0), Messages.allInUnnamedPackage()));
    }
    String common = null;
    for (TypeElement owner : named) {
      String pkg = access.packageOf(owner);
      common = common == null ? pkg : commonPackage(common, pkg);
      if (common.isEmpty()) {
        return Validated.invalid(
            Problem.on(AnnotatedMethods.of(owner).get(0), Messages.noCommonPackage()));
      }
    }
    return Validated.valid(ClassName.get(common, DEFAULT_SIMPLE_NAME));
  }

  /** The name the option gives; javac passes a bare {@code -Ahealthcheck.registry} as null. */
  private Validated<ClassName> fromOption(
      String option, List<TypeElement> owners, Set<String> sourceClasses) {
    String message = null;
    if (option == null || option.isBlank()) {
      message = Messages.registryOptionWithoutValue();
    } else if (!SourceVersion.isName(option)
        || NOT_CLASS_NAMES.contains(option.substring(option.lastIndexOf('.') + 1))) {
      message = Messages.invalidRegistryOption(option);
    } else if (sourceClasses.contains(option)) {
      message = Messages.registryOptionNamesASourceClass(option);
    }
    if (message != null) {
      return Validated.invalid(Problem.on(AnnotatedMethods.of(owners.get(0)).get(0), message));
    }
    int dot = option.lastIndexOf('.');
    return Validated.valid(dot < 0
        ? ClassName.get("", option)
        : ClassName.get(option.substring(0, dot), option.substring(dot + 1)));
  }

  /** The longest package both are in, segment by segment: {@code com.example} for two below it. */
  static String commonPackage(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder common = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      if (i > 0) {
        common.append('.');
      }
      common.append(left[i]);
    }
    return common.toString();
  }
}
