package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Judges every class and method with the rules, and builds the model of the registry when all of
 * them pass: validate, report everything, generate only when clean.
 */
final class RegistryAssembler {

  private final Elements elements;
  private final Diagnostics diagnostics;
  private final Access access;
  private final RegistryName registryName;
  private final OwnerRules ownerRules;
  private final AccessRules accessRules;
  private final MethodRules methodRules;
  private final CheckRules checkRules;
  private final SectionRules sectionRules;
  private final NameRules nameRules;

  RegistryAssembler(ProcessingEnvironment environment, Diagnostics diagnostics) {
    this.elements = environment.getElementUtils();
    this.diagnostics = diagnostics;
    this.access = new Access(elements, environment.getTypeUtils());
    this.registryName = new RegistryName(access, diagnostics);
    this.ownerRules = new OwnerRules(diagnostics);
    this.accessRules = new AccessRules(access, diagnostics);
    this.methodRules = new MethodRules(accessRules, diagnostics);
    this.checkRules = new CheckRules(elements, environment.getTypeUtils(), access, diagnostics);
    this.sectionRules = new SectionRules(access, diagnostics);
    this.nameRules = new NameRules(diagnostics);
  }

  /**
   * The model, or empty when any rule is broken (each broken rule is reported).
   *
   * @param options the processor options javac was given
   * @param sourceClasses the top-level classes the compilation declares, by qualified name
   */
  Optional<RegistryModel> assemble(
      List<TypeElement> classes, Map<String, String> options, Set<String> sourceClasses) {
    int errorsBefore = diagnostics.errorCount();
    Optional<ClassName> registry = registryName.resolve(options, classes, sourceClasses);
    Map<String, OwnerNames> names = OwnerNames.assign(
        classes, registry.map(ClassName::simpleName).orElse(RegistryName.DEFAULT_SIMPLE_NAME));
    List<Owner> owners = new ArrayList<>();
    for (TypeElement type : classes) {
      owner(type, names.get(type.getQualifiedName().toString()), registry).ifPresent(owners::add);
    }
    nameRules.check(classes.stream().flatMap(type -> AnnotatedMethods.of(type).stream()).toList());
    registry.ifPresent(r -> requireRuntime(r, classes.get(0)));
    // A value javac could not compute is javac's error: no registry, and none of ours.
    if (diagnostics.errorCount() > errorsBefore || registry.isEmpty()
        || classes.stream().anyMatch(UnresolvedTypes::anyIn)) {
      return Optional.empty();
    }
    TypeElement first = classes.get(0);
    boolean servlets = access.canUse(first, RuntimeTypes.HEALTH_CHECK_SERVLET.canonicalName())
        && access.canUse(first, RuntimeTypes.HTTP_SERVLET.canonicalName());
    return Optional.of(new RegistryModel(
        registry.get(),
        owners,
        servlets,
        shadowedJavaLangNames(registry.get().packageName()),
        owners.stream().anyMatch(access::usesDeprecated),
        access.canUse(first, RegistryWriter.GENERATED.canonicalName())));
  }

  /**
   * The {@code java.lang} names that types of the registry's package take over: in that package,
   * {@code Error} means {@code com.example.Error}, and JavaPoet, which skips {@code java.lang}
   * imports, cannot see that class unless the registry uses it.
   */
  private SortedSet<String> shadowedJavaLangNames(String packageName) {
    SortedSet<String> names = new TreeSet<>();
    PackageElement registryPackage = elements.getPackageElement(packageName);
    if (registryPackage == null) {
      return names;
    }
    for (Element type : registryPackage.getEnclosedElements()) {
      String name = type.getSimpleName().toString();
      if (elements.getTypeElement("java.lang." + name) != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** Judges one class and each of its methods; a method that breaks a rule is left out. */
  private Optional<Owner> owner(
      TypeElement type, OwnerNames names, Optional<ClassName> registry) {
    boolean valid = ownerRules.check(type);
    valid &= registry.map(r -> accessRules.classIsVisible(type, r)).orElse(true);
    List<CheckMethod> checks = new ArrayList<>();
    List<SectionMethod> sections = new ArrayList<>();
    for (ExecutableElement method : AnnotatedMethods.of(type)) {
      guarded(method, () -> {
        boolean callable = methodRules.check(method, registry);
        Optional<CheckMethod> check = Annotations.find(method, Annotations.HEALTH_CHECK)
            .flatMap(annotation -> checkRules.check(method, annotation));
        Optional<SectionMethod> section = Annotations.find(method, Annotations.ENVIRONMENT_SECTION)
            .flatMap(annotation -> sectionRules.check(method, annotation));
        if (callable) {
          check.ifPresent(checks::add);
          section.ifPresent(sections::add);
        }
      });
    }
    if (!valid) {
      return Optional.empty();
    }
    String packageName = registry.map(ClassName::packageName).orElse("");
    return Optional.of(new Owner(
        ClassName.get(type),
        names,
        access.canConstruct(type, packageName),
        checks,
        sections,
        type));
  }

  private void requireRuntime(ClassName registry, TypeElement firstClass) {
    if (elements.getTypeElement(RuntimeTypes.HEALTH_REGISTRY.canonicalName()) == null) {
      diagnostics.error(Messages.runtimeMissing(registry), AnnotatedMethods.of(firstClass).get(0));
    }
  }

  /**
   * Runs one method's rules; a failure of the processor itself becomes one error on that method,
   * and the other methods are still judged.
   */
  private void guarded(Element method, Runnable rules) {
    try {
      rules.run();
    } catch (RuntimeException failure) {
      diagnostics.error(
          Messages.internalFailure(method.getSimpleName() + "()", failure), method);
    }
  }
}
