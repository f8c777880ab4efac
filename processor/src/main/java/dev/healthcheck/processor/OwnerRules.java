package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * The rules on the class that declares annotated methods: the registry must be able to name it
 * ({@code Owner.method()} or {@code owner.method()}), so it is top-level or static nested, and not
 * generic ({@link LocalClassRules} rejects local and anonymous classes). All of them run.
 */
final class OwnerRules {

  private OwnerRules() {}

  /** Every rule the class breaks: none when the registry can name it. */
  static List<Problem> validate(TypeElement owner) {
    String label = AnnotatedMethods.label(owner);
    List<Problem> problems = new ArrayList<>();
    isNotInner(owner, label).ifPresent(problems::add);
    isNotGeneric(owner, label).ifPresent(problems::add);
    return problems;
  }

  private static Optional<Problem> isNotInner(TypeElement owner, String label) {
    if (owner.getNestingKind() == NestingKind.MEMBER
        && !owner.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of(Problem.on(owner, Messages.innerClass(
          label, TypeText.simpleName(owner), owner.getSimpleName().toString())));
    }
    return Optional.empty();
  }

  private static Optional<Problem> isNotGeneric(TypeElement owner, String label) {
    if (!owner.getTypeParameters().isEmpty()) {
      return Optional.of(
          Problem.on(owner, Messages.genericClass(label, TypeText.declaration(owner))));
    }
    return Optional.empty();
  }
}
