package dev.healthcheck.runtime;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns what went wrong in a check into the output a human reads in the JSON. */
final class Failures {

  private Failures() {}

  /**
   * The exception's class and message, as {@code Throwable.toString()} writes them (py-healthcheck
   * wrote only the message, which leaves "null" or "" unexplained), with credentials masked: an
   * exception message often quotes the URL it failed to reach.
   */
  static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    String message = cause.getMessage();
    String name = cause.getClass().getName();
    return Credentials.mask(message == null ? name : name + ": " + message);
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

  /** Errors the JVM cannot recover from are rethrown once the check's result is recorded. */
  static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError error) {
      throw error;
    }
  }
}
