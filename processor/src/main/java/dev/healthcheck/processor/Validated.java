package dev.healthcheck.processor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule makes of its input: a value the next step may use, or the problems that stop it,
 * never neither. A step that needs the value takes it as a parameter, so the compiler enforces
 * the order of the rules, and the problems travel back to {@link Diagnostics} as values.
 *
 * @param <T> the value a valid input gives
 */
final class Validated<T> {

  private final T value;
  private final List<Problem> problems;

  private Validated(T value, List<Problem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /** A valid input's value. */
  static <T> Validated<T> valid(T value) {
    return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /**
   * The problems of an invalid input.
   *
   * @throws IllegalArgumentException if there are none: stopping with no problem is a silent
   *     failure, the one thing a step may never do
   */
  static <T> Validated<T> invalid(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input without a problem");
    }
    return new Validated<>(null, problems);
  }

  /** The problem of an invalid input. */
  static <T> Validated<T> invalid(Problem problem) {
    return invalid(List.of(problem));
  }

  /** The value when there are no problems, else the problems. */
  static <T> Validated<T> of(T value, List<Problem> problems) {
    return problems.isEmpty() ? valid(value) : invalid(problems);
  }

  /** Whether the input is valid. */
  boolean isValid() {
    return value != null;
  }

  /** The value, if the input is valid. */
  Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The problems; none if the input is valid. */
  List<Problem> problems() {
    return problems;
  }
}
