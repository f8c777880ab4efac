package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The rules on what the registry, in its own package, may call: the class of an annotated method
 * and the method itself must be visible from there, and the class importable (a registry in a
 * named package cannot import the unnamed one). Each rule reports its own error.
 */
final class AccessRules {

  private final Access access;
  private final Diagnostics diagnostics;

  AccessRules(Access access, Diagnostics diagnostics) {
    this.access = access;
    this.diagnostics = diagnostics;
  }

  /** Whether the registry can see the class and every class around it. */
  boolean classIsVisible(TypeElement owner, ClassName registry) {
    return isImportable(owner, registry) && isAccessible(owner, registry);
  }

  /** Code in a named package cannot import a class of the unnamed package, public or not. */
  private boolean isImportable(TypeElement owner, ClassName registry) {
    if (!access.packageOf(owner).isEmpty() || registry.packageName().isEmpty()) {
      return true;
    }
    String name = TypeText.simpleName(owner);
    String topLevel = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    diagnostics.error(Messages.classInUnnamedPackage(
        AnnotatedMethods.label(owner), name, topLevel, registry), owner);
    return false;
  }

  private boolean isAccessible(TypeElement owner, ClassName registry) {
    Optional<TypeElement> hidden = access.firstHiddenClass(owner, registry.packageName());
    if (hidden.isEmpty()) {
      return true;
    }
    String label = AnnotatedMethods.label(owner);
    String culprit = TypeText.simpleName(hidden.get());
    String name = owner.getQualifiedName().toString();
    if (hidden.get().getModifiers().contains(Modifier.PRIVATE)) {
      boolean samePackage = access.packageOf(owner).equals(registry.packageName());
      diagnostics.error(
          Messages.classPrivate(label, name, culprit, registry, samePackage), owner);
    } else {
      diagnostics.error(Messages.classNotVisible(label, name, culprit, registry), owner);
    }
    return false;
  }

  /** Whether the registry can call the method, its class aside. */
  boolean methodIsVisible(ExecutableElement method, String label, ClassName registry) {
    if (access.isVisible(method, registry.packageName())) {
      return true;
    }
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      boolean samePackage = access.packageOf(method).equals(registry.packageName());
      diagnostics.error(Messages.methodPrivate(label, name, registry, samePackage), method);
    } else {
      diagnostics.error(Messages.methodNotVisible(label, name, registry), method);
    }
    return false;
  }
}
