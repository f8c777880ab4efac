package dev.healthcheck.processor;

import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules of DESIGN.md's "Allowed shapes" that only a {@code @HealthCheck} method follows, one
 * small method each ({@link MethodRules} holds those of every annotated method). Every rule runs
 * and reports its own error, so a compilation shows all of them at once.
 */
final class CheckRules {

  private final Elements elements;
  private final Types types;
  private final Access access;
  private final Diagnostics diagnostics;

  CheckRules(Elements elements, Types types, Access access, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.access = access;
    this.diagnostics = diagnostics;
  }

  /** The check, or empty when the method breaks one of these rules. */
  Optional<CheckMethod> check(ExecutableElement method, AnnotationMirror annotation) {
    boolean valid = timeoutIsValid(method, annotation);
    // javac reports a value it could not compute; judging the stand-in would add bogus errors.
    valid &= !Annotations.hasErroneousValue(annotation);
    Optional<Shape> shape = shape(method);
    if (!valid || shape.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(model(method, annotation, shape.get()));
  }

  private boolean timeoutIsValid(ExecutableElement method, AnnotationMirror annotation) {
    AnnotationValue value = Annotations.value(annotation, "timeoutMillis");
    Optional<Long> timeoutMillis = Annotations.longValue(value);
    if (timeoutMillis.isEmpty() || timeoutMillis.get() == -1 || timeoutMillis.get() > 0) {
      return true;
    }
    diagnostics.error(
        Messages.timeout(TypeText.name(method), timeoutMillis.get()), method, annotation, value);
    return false;
  }

  /** What the method returns, among the four shapes a check may have. */
  private Optional<Shape> shape(ExecutableElement method) {
    if (UnresolvedTypes.in(method).isPresent()) {
      return Optional.empty(); // MethodRules reports it
    }
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() == TypeKind.BOOLEAN) {
      return Optional.of(Shape.BOOLEAN);
    }
    if (returned.getKind() == TypeKind.VOID) {
      return Optional.of(Shape.VOID);
    }
    TypeElement checkResult = elements.getTypeElement(RuntimeTypes.CHECK_RESULT.canonicalName());
    if (checkResult != null && types.isSameType(returned, checkResult.asType())) {
      return Optional.of(Shape.CHECK_RESULT);
    }
    if (checkResult != null && isCompletionStageOf(returned, checkResult)) {
      return Optional.of(Shape.ASYNC);
    }
    diagnostics.error(TypeText.mentionsAnother(returned, RuntimeTypes.CHECK_RESULT)
        ? Messages.checkReturnsAnotherCheckResult(TypeText.name(method), returned.toString())
        : Messages.checkReturns(TypeText.name(method), TypeText.of(returned)), method);
    return Optional.empty();
  }

  /** Subtyping, not assignability: a raw {@code CompletionStage} would need an unchecked call. */
  private boolean isCompletionStageOf(TypeMirror returned, TypeElement checkResult) {
    TypeElement stage = elements.getTypeElement("java.util.concurrent.CompletionStage");
    return types.isSubtype(returned, types.getDeclaredType(stage, checkResult.asType()));
  }

  /** The check of a method whose every attribute is computed (see {@code check}). */
  private CheckMethod model(ExecutableElement method, AnnotationMirror annotation, Shape shape) {
    return new CheckMethod(
        TypeText.name(method),
        NameRules.checkName(method, annotation).orElseThrow(),
        method.getModifiers().contains(Modifier.STATIC),
        shape,
        Annotations.values(annotation, "groups").stream()
            .map(group -> Annotations.string(group).orElseThrow()).toList(),
        Annotations.longValue(Annotations.value(annotation, "timeoutMillis")).orElseThrow(),
        Annotations.booleanValue(Annotations.value(annotation, "critical")).orElseThrow(),
        access.throwsBeyondException(method),
        method,
        annotation);
  }
}
