package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every sentence a user can read from the processor. Each says who (annotation, kind, name), what
 * is wrong, then how to fix it; the annotations' Javadoc lists the same rules in the same words.
 */
final class Messages {

  /** What names are made of: they appear in URLs and JSON keys. */
  private static final String NAME_CHARACTERS = "ASCII letters, digits, '_', '-' and '.'";

  private static final String NAME_SHAPE = "use a non-empty name made of " + NAME_CHARACTERS;

  private Messages() {}

  static String checkTakesParameters(String method) {
    return "@HealthCheck method '" + method
        + "' must not take parameters; health checks are called with no arguments";
  }

  static String sectionTakesParameters(String method) {
    return "@EnvironmentSection method '" + method
        + "' must not take parameters; sections are computed with no arguments";
  }

  static String checkReturns(String method, String type) {
    return checkReturns(method, type, "CheckResult", "CompletionStage<CheckResult>");
  }

  /** With qualified names, when the method returns a class named CheckResult that is not ours. */
  static String checkReturnsAnotherCheckResult(String method, String qualifiedType) {
    String checkResult = RuntimeTypes.CHECK_RESULT.canonicalName();
    return checkReturns(method, qualifiedType, checkResult,
        "java.util.concurrent.CompletionStage<" + checkResult + ">");
  }

  private static String checkReturns(String method, String type, String result, String stage) {
    return "@HealthCheck method '" + method + "' returns " + type
        + "; return " + result + ", boolean, void or " + stage;
  }

  static String sectionReturnsVoid(String method) {
    return "@EnvironmentSection method '" + method
        + "' returns void; return the section's value, such as a map, a record or a string";
  }

  static String unresolvedType(String annotation, String method, String type) {
    return annotation + " method '" + method + "' uses " + type
        + ", which cannot be found; check its import, or the processor that should generate it";
  }

  static String timeout(String method, long timeoutMillis) {
    return "@HealthCheck method '" + method + "' has timeoutMillis = " + timeoutMillis
        + "; use a positive number of milliseconds, or -1 for the runner's default timeout";
  }

  /** A value of another type than the processor expects: the two artifacts' versions differ. */
  static String unreadableValue(String annotation, String method, String attribute, String value) {
    return annotation + " method '" + method + "' has " + attribute + " = " + value
        + ", which healthcheck-processor cannot read; use the same version of"
        + " healthcheck-annotations and healthcheck-processor";
  }

  static String ttl(String method, String attribute, long ttlMillis) {
    return "@HealthCheck method '" + method + "' has " + attribute + " = " + ttlMillis
        + "; use a positive number of milliseconds, 0 to run the check on every call, or -1 for"
        + " the runner's TTL";
  }

  static String refresh(String method, long refreshMillis) {
    return "@HealthCheck method '" + method + "' has refreshMillis = " + refreshMillis
        + "; use a positive number of milliseconds to refresh the check in the background, or 0"
        + " to run it on requests";
  }

  static String threshold(String method, String attribute, int runs) {
    return "@HealthCheck method '" + method + "' has " + attribute + " = " + runs
        + "; use a number of runs in a row of at least 1 (1 reports every run as it is)";
  }

  /** An attribute the processor reads is missing: the two artifacts' versions differ. */
  static String missingAttribute(String annotation, String method, String attribute) {
    return annotation + " of method '" + method + "' has no " + attribute + ", which"
        + " healthcheck-processor reads; use the same version of healthcheck-annotations and"
        + " healthcheck-processor";
  }

  static String methodNotVisible(String annotation, String method, ClassName registry) {
    return annotation + " method '" + method + "' is not visible from " + registry.canonicalName()
        + "; make it public or move it to " + registry.packageName();
  }

  static String methodPrivate(
      String annotation, String method, ClassName registry, boolean samePackage) {
    return annotation + " method '" + method + "' is private, so " + registry.canonicalName()
        + " cannot call it; make it public" + (samePackage ? " or package-private" : "");
  }

  static String classNotVisible(
      String annotation, String owner, String culprit, ClassName registry) {
    return annotation + " methods of " + owner + " are not visible from "
        + registry.canonicalName() + "; make " + culprit + " public or move it to "
        + registry.packageName();
  }

  static String classPrivate(
      String annotation, String owner, String culprit, ClassName registry, boolean samePackage) {
    return annotation + " methods of " + owner + " are not visible from "
        + registry.canonicalName() + " because " + culprit + " is private; make " + culprit
        + " public" + (samePackage ? " or package-private" : "");
  }

  static String genericClass(String annotation, String owner) {
    return annotation + " methods of " + owner
        + " cannot be called by the registry; move them to a non-generic class";
  }

  static String innerClass(String annotation, String owner, String simpleName) {
    return annotation + " methods of inner class " + owner
        + " cannot be called by the registry; make " + simpleName + " static";
  }

  static String localClass(String annotation, String method, String kindOfClass) {
    return annotation + " method '" + method + "' is declared in " + kindOfClass
        + ", which the registry cannot name; move it to a top-level or static nested class";
  }

  static String invalidName(String kind, String name) {
    return kind + " name '" + name + "' is not valid; " + NAME_SHAPE;
  }

  static String invalidMethodName(String method) {
    return "check name '" + method + "' (the method's name) is not valid; give the check a name"
        + " with @HealthCheck(name = ...) made of " + NAME_CHARACTERS;
  }

  static String duplicateName(String kind, String name, String firstUse) {
    return kind + " name '" + name + "' is already used by " + firstUse
        + "; give one of them another name";
  }

  static String groupIsCheckName(String group, String check) {
    return "group name '" + group + "' is already the name of the check " + check
        + "; give the group or the check another name";
  }

  static String builtInSection(String name) {
    return "section name '" + name + "' is a built-in section of the environment dump"
        + " (os, java, process); give this section another name";
  }

  static String noCommonPackage() {
    return "annotated methods share no common package; name the registry with"
        + " -Ahealthcheck.registry=com.example.AppHealthRegistry";
  }

  static String allInUnnamedPackage() {
    return "annotated methods are all in the unnamed package; move their classes to a package,"
        + " or name a registry in the unnamed package with -Ahealthcheck.registry=AppHealthRegistry";
  }

  static String classInUnnamedPackage(
      String annotation, String owner, String topLevel, ClassName registry) {
    return annotation + " methods of " + owner + " are in the unnamed package, which "
        + registry.canonicalName() + " cannot import; move " + topLevel + " to a package";
  }

  static String invalidRegistryOption(String value) {
    return "-A" + RegistryName.OPTION + "=" + value + " is not a class name; give a qualified"
        + " name such as com.example.AppHealthRegistry";
  }

  static String registryOptionWithoutValue() {
    return "-A" + RegistryName.OPTION + " has no value; give the registry a qualified name such as"
        + " -A" + RegistryName.OPTION + "=com.example.AppHealthRegistry";
  }

  static String registryOptionNamesASourceClass(String value) {
    return "-A" + RegistryName.OPTION + "=" + value + " names a class this compilation declares;"
        + " give the registry a name of its own, such as com.example.AppHealthRegistry";
  }

  static String runtimeMissing(ClassName registry) {
    return registry.canonicalName() + " needs healthcheck-runtime on the class path; add the"
        + " dependency dev.healthcheck:healthcheck-runtime";
  }

  static String generatedTooLate(String annotation, String method, ClassName registry) {
    return annotation + " method '" + method + "' was generated after "
        + registry.canonicalName() + " was written, so the registry cannot call it; move it to a"
        + " class written by hand, or generate its class in an earlier processing round";
  }

  /** The note on a registry that cannot construct every instance it calls. */
  static String cannotCreate(ClassName registry, List<Owner> toGive) {
    String name = registry.simpleName();
    String classes = toGive.stream()
        .map(owner -> simpleName(owner) + ", which " + whyNot(owner.construction()))
        .collect(Collectors.joining(", and "));
    String setters = toGive.stream()
        .map(owner -> "." + owner.variable() + "(...)").collect(Collectors.joining());
    List<String> fixable = toGive.stream()
        .filter(owner -> owner.construction() != Construction.INTERFACE
            && owner.construction() != Construction.ENUM)
        .map(Messages::simpleName).toList();
    return name + " has no create(), no generated servlets and no META-INF/services entry, so"
        + " HealthRegistry.discover() will not find it: it cannot construct " + classes
        + "; build it with " + name + ".builder()" + setters + ".build() and pass it to"
        + " HealthChecker.of(...)"
        + (fixable.isEmpty() ? "" : ", or give " + String.join(" and ", fixable)
            + " a public no-argument constructor");
  }

  /** {@code Outer.Inner}, as the source names it. */
  private static String simpleName(Owner owner) {
    return String.join(".", owner.type().simpleNames());
  }

  private static String whyNot(Construction construction) {
    return switch (construction) {
      case INTERFACE -> "is an interface";
      case ENUM -> "is an enum";
      case ABSTRACT -> "is abstract";
      case NO_NO_ARGUMENT_CONSTRUCTOR -> "has no no-argument constructor";
      case HIDDEN_CONSTRUCTOR -> "has a no-argument constructor the registry cannot see";
      case THROWING_CONSTRUCTOR -> "has a no-argument constructor that throws a checked exception";
      case POSSIBLE -> "can be constructed";
    };
  }

  /** The note on a registry whose servlets need a class that is not on the class path. */
  static String servletsNeedClass(ClassName registry, ClassName needed) {
    String artifact = needed.equals(RuntimeTypes.HTTP_SERVLET)
        ? "jakarta.servlet:jakarta.servlet-api"
        : "dev.healthcheck:healthcheck-servlet";
    return registry.simpleName() + " comes without generated servlets: " + needed.canonicalName()
        + " is not on the class path; add the dependency " + artifact + " to have them, or serve"
        + " the registry another way, such as HealthHandlers on the JDK's HTTP server";
  }

  /** The note on a registry whose servlets need a class its named module does not read. */
  static String servletsNeedModule(ClassName registry, ClassName needed, String module) {
    return registry.simpleName() + " comes without generated servlets: module " + module
        + " does not read " + needed.canonicalName() + "; require its module in module-info.java"
        + " to have them, or serve the registry another way";
  }

  static String cannotWrite(String file, String reason) {
    return "healthcheck-processor cannot write " + file + ": " + reason;
  }

  static String internalFailure(String element, RuntimeException failure) {
    String reason = failure.getMessage() == null
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    return "healthcheck-processor failed on " + element + ": " + reason
        + "; this is a bug, please report it";
  }
}
