package dev.healthcheck.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * What to do when user code fails (a check, a section, a body handler): one policy for all of
 * them, so that nothing a user writes can turn a probe into a stack trace or a dropped connection.
 */
final class Failures {

  private Failures() {}

  /**
   * Runs user code; anything it throws but a fatal error is handed to {@code onFailure}, whose
   * value is returned instead. Errors count too: a {@code NoClassDefFoundError} in an optional
   * section must not cost the whole response.
   */
  static <T> T guarded(Callable<T> work, Function<Throwable, T> onFailure) {
    try {
      return work.call();
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      return onFailure.apply(failure);
    }
  }

  /**
   * The exception's class and message, as {@code Throwable.toString()} writes them (py-healthcheck
   * wrote only the message, which leaves "null" or "" unexplained). Not masked: an exception
   * message often quotes the URL it failed to reach, so whatever shows it masks it with its
   * configuration's {@link SecretMasker}.
   */
  static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    String message = cause.getMessage();
    String name = cause.getClass().getName();
    return message == null ? name : name + ": " + message;
  }

  /** The exception a check threw, without the wrappers that futures add around it. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Errors the JVM cannot recover from (out of memory, internal errors) are rethrown once what
   * can be recorded is recorded. A stack overflow is not among them: the stack has unwound by the
   * time it is caught, and a recursing section is the user's bug, not the JVM's.
   */
  static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError error && !(failure instanceof StackOverflowError)) {
      throw error;
    }
  }
}
