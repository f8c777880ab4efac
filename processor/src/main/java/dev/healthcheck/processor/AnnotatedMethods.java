package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The annotated methods of one round: the classes that declare them, by qualified name, because
 * elements are not stable across rounds and the registry may be written in a later one.
 *
 * <p>javac never returns methods of local and anonymous classes here: it declares those classes
 * after annotation processing ({@link LocalClassRules} finds them in the source instead).
 *
 * @param owners qualified names of the classes with annotated methods, sorted: the registry's order
 */
record AnnotatedMethods(SortedSet<String> owners) {

  /** Finds this round's annotated methods. */
  static AnnotatedMethods scan(RoundEnvironment round, Elements elements) {
    SortedSet<String> owners = new TreeSet<>();
    for (String annotation : List.of(Annotations.HEALTH_CHECK, Annotations.ENVIRONMENT_SECTION)) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(type))) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        owners.add(owner.getQualifiedName().toString());
      }
    }
    return new AnnotatedMethods(owners);
  }

  /** The annotated methods of {@code owner}, in source order. */
  static List<ExecutableElement> of(TypeElement owner) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (Annotations.isAnnotated(method)) {
        methods.add(method);
      }
    }
    return methods;
  }

  /** The annotation a reader knows the class by: {@code @HealthCheck} if it has any. */
  static String label(TypeElement owner) {
    boolean checks = of(owner).stream()
        .anyMatch(method -> Annotations.find(method, Annotations.HEALTH_CHECK).isPresent());
    return checks ? "@HealthCheck" : "@EnvironmentSection";
  }
}
