package dev.healthcheck.processor;

import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules of DESIGN.md's "Allowed shapes" that only a {@code @HealthCheck} method follows, one
 * small method each ({@link MethodRules} holds those of every annotated method): its attributes'
 * values, which need only the annotation, and its return type, which needs a method javac
 * resolved. Every rule runs, so a compilation shows all of its problems at once.
 */
final class CheckRules {

  private final Elements elements;
  private final Types types;

  CheckRules(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The problems of the attributes' values, each on its attribute. */
  List<Problem> validate(CheckAttributes check) {
    String method = TypeText.name(check.method());
    List<Problem> problems = new ArrayList<>();
    if (check.timeoutMillis() != -1 && check.timeoutMillis() <= 0) {
      problems.add(onValue(check, "timeoutMillis", Messages.timeout(method, check.timeoutMillis())));
    }
    if (check.successTtlMillis() < -1) {
      problems.add(onValue(check, "successTtlMillis",
          Messages.ttl(method, "successTtlMillis", check.successTtlMillis())));
    }
    if (check.failedTtlMillis() < -1) {
      problems.add(onValue(check, "failedTtlMillis",
          Messages.ttl(method, "failedTtlMillis", check.failedTtlMillis())));
    }
    if (check.refreshMillis() < 0) {
      problems.add(onValue(check, "refreshMillis", Messages.refresh(method, check.refreshMillis())));
    }
    if (check.failureThreshold() < 1) {
      problems.add(onValue(check, "failureThreshold",
          Messages.threshold(method, "failureThreshold", check.failureThreshold())));
    }
    if (check.successThreshold() < 1) {
      problems.add(onValue(check, "successThreshold",
          Messages.threshold(method, "successThreshold", check.successThreshold())));
    }
    return problems;
  }

  /** What the method returns, among the four shapes a check may have, or why it is none. */
  Validated<Shape> validate(CallableMethod callable) {
    ExecutableElement method = callable.element();
    TypeMirror returned = method.getReturnType();
    Optional<Shape> shape = shape(returned);
    if (shape.isPresent()) {
      return Validated.valid(shape.get());
    }
    return Validated.invalid(Problem.on(method,
        TypeText.mentionsAnother(returned, RuntimeTypes.CHECK_RESULT)
            ? Messages.checkReturnsAnotherCheckResult(TypeText.name(method), returned.toString())
            : Messages.checkReturns(TypeText.name(method), TypeText.of(returned))));
  }

  private Optional<Shape> shape(TypeMirror returned) {
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
    return Optional.empty();
  }

  /** Subtyping, not assignability: a raw {@code CompletionStage} would need an unchecked call. */
  private boolean isCompletionStageOf(TypeMirror returned, TypeElement checkResult) {
    TypeElement stage = elements.getTypeElement("java.util.concurrent.CompletionStage");
    return types.isSubtype(returned, types.getDeclaredType(stage, checkResult.asType()));
  }

  private static Problem onValue(CheckAttributes check, String attribute, String message) {
    return Problem.onValue(
        check.method(), check.annotation(), check.value(attribute), message);
  }
}
