package dev.healthcheck.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * The rules of DESIGN.md's "Allowed shapes" that only an {@code @EnvironmentSection} method
 * follows ({@link MethodRules} holds those of every annotated method). Every rule runs and
 * reports its own error.
 */
final class SectionRules {

  private final Access access;
  private final Diagnostics diagnostics;

  SectionRules(Access access, Diagnostics diagnostics) {
    this.access = access;
    this.diagnostics = diagnostics;
  }

  /** The section, or empty when the method breaks one of these rules. */
  Optional<SectionMethod> check(ExecutableElement method, AnnotationMirror annotation) {
    boolean valid = returnsValue(method);
    // javac reports a value it could not compute; judging the stand-in would add bogus errors.
    valid &= !Annotations.hasErroneousValue(annotation);
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(new SectionMethod(
        TypeText.name(method),
        Annotations.string(Annotations.value(annotation, "value")).orElseThrow(),
        method.getModifiers().contains(Modifier.STATIC),
        access.throwsBeyondException(method),
        method,
        annotation));
  }

  private boolean returnsValue(ExecutableElement method) {
    if (UnresolvedTypes.in(method).isPresent()) {
      return false; // MethodRules reports it
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(Messages.sectionReturnsVoid(TypeText.name(method)), method);
      return false;
    }
    return true;
  }
}
