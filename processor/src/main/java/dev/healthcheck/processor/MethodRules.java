package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules of DESIGN.md's "Allowed shapes" that every annotated method follows, whichever
 * annotation it carries: it takes no parameters, the registry can call it, and javac resolved
 * every type it uses. They run once per method, so a method with both annotations hears of each
 * broken rule once, in the words of {@code @HealthCheck}.
 */
final class MethodRules {

  private final AccessRules accessRules;
  private final Diagnostics diagnostics;

  MethodRules(AccessRules accessRules, Diagnostics diagnostics) {
    this.accessRules = accessRules;
    this.diagnostics = diagnostics;
  }

  /** Whether the method follows them all; reports each one it breaks. */
  boolean check(ExecutableElement method, Optional<ClassName> registry) {
    String label = Annotations.label(method);
    boolean valid = takesNoParameters(method);
    valid &= registry.map(r -> accessRules.methodIsVisible(method, label, r)).orElse(true);
    valid &= UnresolvedTypes.allResolved(method, label, diagnostics);
    return valid;
  }

  private boolean takesNoParameters(ExecutableElement method) {
    if (method.getParameters().isEmpty()) {
      return true;
    }
    String name = TypeText.name(method);
    diagnostics.error(Annotations.find(method, Annotations.HEALTH_CHECK).isPresent()
        ? Messages.checkTakesParameters(name)
        : Messages.sectionTakesParameters(name), method);
    return false;
  }
}
