package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The rules on what the registry, in its own package, may call: the class of an annotated method
 * and the method itself must be visible from there, and the class importable (a registry in a
 * named package cannot import the unnamed one).
 */
final class AccessRules {

  private final Access access;

  AccessRules(Access access) {
    this.access = access;
  }

  /** Why the registry cannot see the class or a class around it, if it cannot. */
  Optional<Problem> validateClass(TypeElement owner, ClassName registry) {
    return isImportable(owner, registry).or(() -> isAccessible(owner, registry));
  }

  /** Code in a named package cannot import a class of the unnamed package, public or not. */
  private Optional<Problem> isImportable(TypeElement owner, ClassName registry) {
    if (!access.packageOf(owner).isEmpty() || registry.packageName().isEmpty()) {
      return Optional.empty();
    }
    String name = TypeText.simpleName(owner);
    String topLevel = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return Optional.of(Problem.on(owner, Messages.classInUnnamedPackage(
        AnnotatedMethods.label(owner), name, topLevel, registry)));
  }

  private Optional<Problem> isAccessible(TypeElement owner, ClassName registry) {
    Optional<TypeElement> hidden = access.firstHiddenClass(owner, registry.packageName());
    if (hidden.isEmpty()) {
      return Optional.empty();
    }
    String label = AnnotatedMethods.label(owner);
    String culprit = TypeText.simpleName(hidden.get());
    String name = owner.getQualifiedName().toString();
    if (hidden.get().getModifiers().contains(Modifier.PRIVATE)) {
      boolean samePackage = access.packageOf(owner).equals(registry.packageName());
      return Optional.of(Problem.on(
          owner, Messages.classPrivate(label, name, culprit, registry, samePackage)));
    }
    return Optional.of(
        Problem.on(owner, Messages.classNotVisible(label, name, culprit, registry)));
  }

  /** Why the registry cannot call the method, its class aside, if it cannot. */
  Optional<Problem> validateMethod(ExecutableElement method, String label, ClassName registry) {
    if (access.isVisible(method, registry.packageName())) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      boolean samePackage = access.packageOf(method).equals(registry.packageName());
      return Optional.of(
          Problem.on(method, Messages.methodPrivate(label, name, registry, samePackage)));
    }
    return Optional.of(Problem.on(method, Messages.methodNotVisible(label, name, registry)));
  }
}
