package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules of DESIGN.md's "Allowed shapes" that every annotated method follows, whichever
 * annotation it carries: it takes no parameters, the registry can call it, and javac resolved
 * every type it uses. They run once per method, so a method with both annotations hears of each
 * broken rule once, in the words of {@code @HealthCheck}. A method that follows them all is a
 * {@link CallableMethod}, which the rules on return types require.
 */
final class MethodRules {

  private final AccessRules accessRules;

  MethodRules(AccessRules accessRules) {
    this.accessRules = accessRules;
  }

  /**
   * The method, callable, or every rule it breaks; without a registry name, visibility is not
   * judged (the name's own problem stops the registry).
   */
  Validated<CallableMethod> validate(ExecutableElement method, Optional<ClassName> registry) {
    String label = Annotations.label(method);
    List<Problem> problems = new ArrayList<>();
    takesNoParameters(method).ifPresent(problems::add);
    registry.flatMap(r -> accessRules.validateMethod(method, label, r)).ifPresent(problems::add);
    UnresolvedTypes.validate(method, label).ifPresent(problems::add);
    return Validated.of(new CallableMethod(method), problems);
  }

  private static Optional<Problem> takesNoParameters(ExecutableElement method) {
    if (method.getParameters().isEmpty()) {
      return Optional.empty();
    }
    String name = TypeText.name(method);
    return Optional.of(Problem.on(method, Annotations.find(method, Annotations.HEALTH_CHECK).isPresent()
        ? Messages.checkTakesParameters(name)
        : Messages.sectionTakesParameters(name)));
  }
}
