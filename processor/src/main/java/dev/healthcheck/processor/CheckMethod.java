package dev.healthcheck.processor;

import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @HealthCheck} method as the registry calls it.
 *
 * @param method the method's name
 * @param isStatic whether it is called on the class rather than on an instance
 * @param shape what it returns, which decides how the registry wraps it
 * @param throwsBeyondException whether it declares a {@code Throwable} that is neither an
 *     {@code Exception} nor an {@code Error}, which {@code Check.run()} cannot rethrow as is
 * @param element where it is declared: whether it is deprecated
 * @param attributes its name, groups, timeout and the other attributes of its annotation
 */
record CheckMethod(
    String method,
    boolean isStatic,
    Shape shape,
    boolean throwsBeyondException,
    ExecutableElement element,
    CheckAttributes attributes) {

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

  /** The check's name: the annotation's {@code name}, or the method's. */
  String name() {
    return attributes.name();
  }
}
