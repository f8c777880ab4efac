package dev.healthcheck.processor;

import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * The rules on the class that declares annotated methods: the registry must be able to name it
 * ({@code Owner.method()} or {@code owner.method()}), so it is top-level or static nested, and not
 * generic ({@link LocalClassRules} rejects local and anonymous classes). Each rule reports its own error; all of them run.
 */
final class OwnerRules {

  private final Diagnostics diagnostics;

  OwnerRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Whether the registry can name the class; reports every rule it breaks. */
  boolean check(TypeElement owner) {
    String label = AnnotatedMethods.label(owner);
    boolean valid = isNotInner(owner, label);
    valid &= isNotGeneric(owner, label);
    return valid;
  }

  private boolean isNotInner(TypeElement owner, String label) {
    if (owner.getNestingKind() == NestingKind.MEMBER
        && !owner.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(
          Messages.innerClass(label, TypeText.simpleName(owner), owner.getSimpleName().toString()),
          owner);
      return false;
    }
    return true;
  }

  private boolean isNotGeneric(TypeElement owner, String label) {
    if (!owner.getTypeParameters().isEmpty()) {
      diagnostics.error(Messages.genericClass(label, TypeText.declaration(owner)), owner);
      return false;
    }
    return true;
  }
}
