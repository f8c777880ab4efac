package dev.healthcheck.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the generated registry, in its own package, may call: Java's access rules for a class in
 * that package that is not a subclass of anything it calls.
 */
final class Access {

  private final Elements elements;
  private final Types types;

  Access(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The package of a class or method, as a qualified name ({@code ""} for the unnamed one). */
  String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  /** Whether code in {@code fromPackage} may use the element, its enclosing classes aside. */
  boolean isVisible(Element element, String fromPackage) {
    var modifiers = element.getModifiers();
    if (modifiers.contains(Modifier.PUBLIC)) {
      return true;
    }
    return !modifiers.contains(Modifier.PRIVATE) && packageOf(element).equals(fromPackage);
  }

  /** The outermost class of {@code owner}'s nest that code in {@code fromPackage} cannot see. */
  Optional<TypeElement> firstHiddenClass(TypeElement owner, String fromPackage) {
    List<TypeElement> nest = new ArrayList<>();
    for (Element e = owner; e instanceof TypeElement type; e = e.getEnclosingElement()) {
      nest.add(0, type);
    }
    return nest.stream().filter(type -> !isVisible(type, fromPackage)).findFirst();
  }

  /**
   * Whether the registry can write {@code new Owner()}: a concrete class or record with a
   * no-argument constructor it can see, which throws no checked exception; else why not.
   */
  Construction construction(TypeElement owner, String fromPackage) {
    if (owner.getKind() == ElementKind.INTERFACE || owner.getKind() == ElementKind.ANNOTATION_TYPE) {
      return Construction.INTERFACE;
    }
    if (owner.getKind() == ElementKind.ENUM) {
      return Construction.ENUM;
    }
    if (owner.getModifiers().contains(Modifier.ABSTRACT)) {
      return Construction.ABSTRACT;
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(owner.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()) {
        if (!isVisible(constructor, fromPackage)) {
          return Construction.HIDDEN_CONSTRUCTOR;
        }
        return constructor.getThrownTypes().stream().allMatch(this::isUnchecked)
            ? Construction.POSSIBLE
            : Construction.THROWING_CONSTRUCTOR;
      }
    }
    return Construction.NO_NO_ARGUMENT_CONSTRUCTOR;
  }

  /**
   * Whether the registry's code for this class uses anything deprecated, which javac warns about
   * at each use: the class or a class around it, an annotated method, or the no-argument
   * constructor when the registry calls it.
   */
  boolean usesDeprecated(Owner owner) {
    for (Element e = owner.element(); e instanceof TypeElement type; e = e.getEnclosingElement()) {
      if (elements.isDeprecated(type)) {
        return true;
      }
    }
    boolean constructs = owner.needsInstance() && owner.canConstruct();
    return owner.checks().stream().anyMatch(check -> elements.isDeprecated(check.element()))
        || owner.sections().stream().anyMatch(section -> elements.isDeprecated(section.element()))
        || (constructs && ElementFilter.constructorsIn(owner.element().getEnclosedElements()).stream()
            .anyMatch(constructor -> constructor.getParameters().isEmpty()
                && elements.isDeprecated(constructor)));
  }

  /**
   * Whether the class exists and code beside {@code owner} may use it. In a named module that is
   * when the module reads the class's module: it requires it, directly or through a chain of
   * {@code requires transitive} ({@code java.se} passes on {@code java.compiler}, where
   * {@code @Generated} is; javac passes on every automatic module through any automatic one). A
   * class on the class path, in the unnamed module, is not readable from a named module; the
   * unnamed module reads every module.
   */
  boolean canUse(TypeElement owner, String className) {
    TypeElement type = elements.getTypeElement(className);
    if (type == null) {
      return false;
    }
    ModuleElement from = elements.getModuleOf(owner);
    ModuleElement to = elements.getModuleOf(type);
    return from == null || from.isUnnamed() || to == null || from.equals(to)
        || to.getQualifiedName().contentEquals("java.base") || reads(from, to);
  }

  /** The name of the module the element is in; empty for the unnamed one. */
  String moduleOf(Element element) {
    ModuleElement module = elements.getModuleOf(element);
    return module == null ? "" : module.getQualifiedName().toString();
  }

  /** Whether the module requires the other, or reads it through a chain of transitive requires. */
  private static boolean reads(ModuleElement module, ModuleElement other) {
    Deque<ModuleElement> pending = new ArrayDeque<>(required(module, false));
    Set<ModuleElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      ModuleElement read = pending.pop();
      if (read.equals(other)) {
        return true;
      }
      if (seen.add(read)) {
        pending.addAll(required(read, true));
      }
    }
    return false;
  }

  private static List<ModuleElement> required(ModuleElement module, boolean onlyTransitive) {
    return ElementFilter.requiresIn(module.getDirectives()).stream()
        .filter(requires -> !onlyTransitive || requires.isTransitive())
        .map(RequiresDirective::getDependency)
        .toList();
  }

  /** Whether the method declares a throwable that is neither an exception nor an error. */
  boolean throwsBeyondException(ExecutableElement method) {
    return method.getThrownTypes().stream()
        .anyMatch(type -> !isSubtype(type, "java.lang.Exception") && !isSubtype(type, "java.lang.Error"));
  }

  private boolean isUnchecked(TypeMirror thrown) {
    return isSubtype(thrown, "java.lang.RuntimeException") || isSubtype(thrown, "java.lang.Error");
  }

  private boolean isSubtype(TypeMirror type, String className) {
    return types.isSubtype(type, elements.getTypeElement(className).asType());
  }
}
