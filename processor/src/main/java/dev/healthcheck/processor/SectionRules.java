package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * The rules of DESIGN.md's "Allowed shapes" for one {@code @EnvironmentSection} method. Every
 * rule runs and reports its own error.
 */
final class SectionRules {

  private static final String LABEL = "@EnvironmentSection";

  private final Access access;
  private final AccessRules accessRules;
  private final Diagnostics diagnostics;

  SectionRules(Access access, Diagnostics diagnostics) {
    this.access = access;
    this.accessRules = new AccessRules(access, diagnostics);
    this.diagnostics = diagnostics;
  }

  /** The section, or empty when the method breaks a rule; registry is empty when it has no name. */
  Optional<SectionMethod> check(
      ExecutableElement method, AnnotationMirror annotation, Optional<ClassName> registry) {
    boolean valid = takesNoParameters(method);
    valid &= registry.map(r -> accessRules.methodIsVisible(method, LABEL, r)).orElse(true);
    valid &= returnsValue(method);
    // javac reports a value it could not compute; judging the stand-in would add bogus errors.
    valid &= !Annotations.hasErroneousValue(annotation);
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(new SectionMethod(
        name(method),
        Annotations.string(Annotations.value(annotation, "value")).orElseThrow(),
        method.getModifiers().contains(Modifier.STATIC),
        access.throwsBeyondException(method),
        method,
        annotation));
  }

  private boolean takesNoParameters(ExecutableElement method) {
    if (method.getParameters().isEmpty()) {
      return true;
    }
    diagnostics.error(Messages.sectionTakesParameters(name(method)), method);
    return false;
  }

  private boolean returnsValue(ExecutableElement method) {
    if (!UnresolvedTypes.allResolved(method, LABEL, diagnostics)) {
      return false;
    }
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      diagnostics.error(Messages.sectionReturnsVoid(name(method)), method);
      return false;
    }
    return true;
  }

  private static String name(ExecutableElement method) {
    return method.getSimpleName().toString();
  }
}
