package dev.healthcheck.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @HealthCheck} method as the registry calls it.
 *
 * @param method the method's name
 * @param name the check's name: the annotation's {@code name}, or the method's
 * @param isStatic whether it is called on the class rather than on an instance
 * @param shape what it returns, which decides how the registry wraps it
 * @param groups the groups it belongs to, in the annotation's order
 * @param timeoutMillis its timeout; {@code -1} for the runner's default
 * @param critical whether its failure fails the whole response
 * @param throwsBeyondException whether it declares a {@code Throwable} that is neither an
 *     {@code Exception} nor an {@code Error}, which {@code Check.run()} cannot rethrow as is
 * @param element where it is declared, for errors
 * @param annotation its {@code @HealthCheck}, for errors
 */
record CheckMethod(
    String method,
    String name,
    boolean isStatic,
    Shape shape,
    List<String> groups,
    long timeoutMillis,
    boolean critical,
    boolean throwsBeyondException,
    ExecutableElement element,
    AnnotationMirror annotation) {

  /** The four return types a health check may have. */
  enum Shape {
    /** {@code CheckResult}: the method's result is the check's. */
    CHECK_RESULT,
    /** {@code boolean}: passed or failed, with no output. */
    BOOLEAN,
    /** {@code void}: passes unless it throws. */
    VOID,
    /** {@code CompletionStage<CheckResult>}: an asynchronous check. */
    ASYNC
  }

  CheckMethod {
    groups = List.copyOf(groups);
  }
}
