package dev.healthcheck.processor;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;

/**
 * The rule of DESIGN.md's "Allowed shapes" that only an {@code @EnvironmentSection} method
 * follows ({@link MethodRules} holds those of every annotated method): it returns a value. It
 * needs a method javac resolved, so it takes a {@link CallableMethod}.
 */
final class SectionRules {

  /** The problem of the method's return type, if it has one. */
  Optional<Problem> validate(CallableMethod callable) {
    ExecutableElement method = callable.element();
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.of(Problem.on(method, Messages.sectionReturnsVoid(TypeText.name(method))));
    }
    return Optional.empty();
  }
}
