package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Validates every class and method with the rules, then builds the model of the registry when
 * none of them found a problem: validate, collect every problem, model only when clean. The
 * model step derives what the writers need (names, constructibility, what the module reads).
 */
final class RegistryAssembler {

  private final Elements elements;
  private final Access access;
  private final RegistryName registryName;
  private final AccessRules accessRules;
  private final MethodRules methodRules;
  private final CheckRules checkRules;
  private final SectionRules sectionRules = new SectionRules();
  private final NameRules nameRules = new NameRules();

  RegistryAssembler(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.access = new Access(elements, environment.getTypeUtils());
    this.registryName = new RegistryName(access);
    this.accessRules = new AccessRules(access);
    this.methodRules = new MethodRules(accessRules);
    this.checkRules = new CheckRules(elements, environment.getTypeUtils());
  }

  /**
   * The model, or every problem that stops it.
   *
   * @param options the processor options javac was given
   * @param sourceClasses the top-level classes the compilation declares, by qualified name
   */
  Validated<RegistryModel> assemble(
      List<TypeElement> classes, Map<String, String> options, Set<String> sourceClasses) {
    Validated<ClassName> registry = registryName.resolve(options, classes, sourceClasses);
    Findings findings = new Findings();
    findings.problems.addAll(registry.problems());
    for (TypeElement type : classes) {
      findings.problems.addAll(OwnerRules.validate(type));
      registry.value().flatMap(r -> accessRules.validateClass(type, r))
          .ifPresent(findings.problems::add);
      for (ExecutableElement method : AnnotatedMethods.of(type)) {
        findings.problems.addAll(guarded(method, () -> validate(method, registry.value(), findings)));
      }
    }
    findings.problems.addAll(nameRules.validate(findings.checkAttributes, findings.sectionAttributes));
    registry.value().flatMap(r -> requireRuntime(r, classes.get(0)))
        .ifPresent(findings.problems::add);
    return registry.value()
        .filter(r -> findings.problems.isEmpty())
        .map(r -> Validated.valid(model(r, classes, findings)))
        .orElseGet(() -> Validated.invalid(findings.problems));
  }

  /** Every problem of one method, keeping what the model needs of it. */
  private List<Problem> validate(
      ExecutableElement method, Optional<ClassName> registry, Findings findings) {
    Validated<CallableMethod> callable = methodRules.validate(method, registry);
    List<Problem> problems = new ArrayList<>(callable.problems());
    Annotations.find(method, Annotations.HEALTH_CHECK).ifPresent(annotation ->
        problems.addAll(validateCheck(method, annotation, callable, findings)));
    Annotations.find(method, Annotations.ENVIRONMENT_SECTION).ifPresent(annotation ->
        problems.addAll(validateSection(method, annotation, callable, findings)));
    return problems;
  }

  private List<Problem> validateCheck(ExecutableElement method, AnnotationMirror annotation,
      Validated<CallableMethod> callable, Findings findings) {
    Validated<CheckAttributes> attributes = CheckAttributes.read(method, annotation);
    List<Problem> problems = new ArrayList<>(attributes.problems());
    attributes.value().ifPresent(read -> {
      findings.checkAttributes.add(read);
      problems.addAll(checkRules.validate(read));
    });
    Optional<Validated<Shape>> shape = callable.value().map(checkRules::validate);
    shape.ifPresent(judged -> problems.addAll(judged.problems()));
    if (attributes.isValid() && shape.flatMap(Validated::value).isPresent()) {
      findings.checks(method).add(new CheckMethod(
          TypeText.name(method),
          method.getModifiers().contains(Modifier.STATIC),
          shape.get().value().orElseThrow(),
          access.throwsBeyondException(method),
          method,
          attributes.value().orElseThrow()));
    }
    return problems;
  }

  private List<Problem> validateSection(ExecutableElement method, AnnotationMirror annotation,
      Validated<CallableMethod> callable, Findings findings) {
    Validated<SectionAttributes> attributes = SectionAttributes.read(method, annotation);
    List<Problem> problems = new ArrayList<>(attributes.problems());
    attributes.value().ifPresent(findings.sectionAttributes::add);
    callable.value().flatMap(sectionRules::validate).ifPresent(problems::add);
    if (attributes.isValid() && callable.isValid()) {
      findings.sections(method).add(new SectionMethod(
          TypeText.name(method),
          attributes.value().orElseThrow().name(),
          method.getModifiers().contains(Modifier.STATIC),
          access.throwsBeyondException(method),
          method));
    }
    return problems;
  }

  /** The model of a registry whose every class and method passed the rules. */
  private RegistryModel model(ClassName registry, List<TypeElement> classes, Findings findings) {
    Map<String, OwnerNames> names = OwnerNames.assign(classes, registry.simpleName());
    List<Owner> owners = new ArrayList<>();
    for (TypeElement type : classes) {
      owners.add(new Owner(
          ClassName.get(type),
          names.get(type.getQualifiedName().toString()),
          access.construction(type, registry.packageName()),
          findings.checks(type),
          findings.sections(type),
          type));
    }
    TypeElement first = classes.get(0);
    return new RegistryModel(
        registry,
        owners,
        servletsMissing(registry, first),
        shadowedJavaLangNames(registry.packageName()),
        owners.stream().anyMatch(access::usesDeprecated),
        access.canUse(first, RuntimeTypes.GENERATED.canonicalName()));
  }

  /**
   * Why the servlets cannot be written beside the registry, if they cannot: each class they need
   * must be on the class path and, in a named module, read by it.
   */
  private Optional<String> servletsMissing(ClassName registry, TypeElement first) {
    for (ClassName needed : List.of(RuntimeTypes.HEALTH_CHECK_SERVLET, RuntimeTypes.HTTP_SERVLET)) {
      if (elements.getTypeElement(needed.canonicalName()) == null) {
        return Optional.of(Messages.servletsNeedClass(registry, needed));
      }
      if (!access.canUse(first, needed.canonicalName())) {
        return Optional.of(Messages.servletsNeedModule(registry, needed, access.moduleOf(first)));
      }
    }
    return Optional.empty();
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

  private Optional<Problem> requireRuntime(ClassName registry, TypeElement firstClass) {
    if (elements.getTypeElement(RuntimeTypes.HEALTH_REGISTRY.canonicalName()) != null) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.on(AnnotatedMethods.of(firstClass).get(0), Messages.runtimeMissing(registry)));
  }

  /**
   * Runs one method's rules; a failure of the processor itself becomes one problem on that
   * method, and the other methods are still validated.
   */
  private static List<Problem> guarded(Element method, Supplier<List<Problem>> rules) {
    try {
      return rules.get();
    } catch (RuntimeException failure) {
      return List.of(Problem.on(method,
          Messages.internalFailure(method.getSimpleName() + "()", failure)));
    }
  }

  /** What validation found: the problems, and what the model needs of each valid method. */
  private static final class Findings {

    final List<Problem> problems = new ArrayList<>();
    final List<CheckAttributes> checkAttributes = new ArrayList<>();
    final List<SectionAttributes> sectionAttributes = new ArrayList<>();
    private final Map<Element, List<CheckMethod>> checks = new HashMap<>();
    private final Map<Element, List<SectionMethod>> sections = new HashMap<>();

    /** The valid checks of the method's class, or of the class itself, in source order. */
    List<CheckMethod> checks(Element methodOrClass) {
      return checks.computeIfAbsent(classOf(methodOrClass), type -> new ArrayList<>());
    }

    /** The valid sections of the method's class, or of the class itself, in source order. */
    List<SectionMethod> sections(Element methodOrClass) {
      return sections.computeIfAbsent(classOf(methodOrClass), type -> new ArrayList<>());
    }

    private static Element classOf(Element element) {
      return element instanceof TypeElement ? element : element.getEnclosingElement();
    }
  }
}
