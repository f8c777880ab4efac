package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The two annotations the processor reads, by name: the processor never loads them as classes,
 * so {@code healthcheck-annotations} need not be on the processor path.
 */
final class Annotations {

  static final String HEALTH_CHECK = "dev.healthcheck.annotations.HealthCheck";
  static final String ENVIRONMENT_SECTION = "dev.healthcheck.annotations.EnvironmentSection";

  private Annotations() {}

  /** The annotation of that qualified name on {@code element}, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code element} carries {@code @HealthCheck} or {@code @EnvironmentSection}. */
  static boolean isAnnotated(Element element) {
    return find(element, HEALTH_CHECK).isPresent()
        || find(element, ENVIRONMENT_SECTION).isPresent();
  }

  /** How messages name a method's annotation: {@code @HealthCheck} if it has one. */
  static String label(Element method) {
    return find(method, HEALTH_CHECK).isPresent() ? "@HealthCheck" : "@EnvironmentSection";
  }

  /** The attribute's value as written, or its default when the source leaves it out. */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        mirror.getElementValues();
    for (ExecutableElement method : values.keySet()) {
      if (method.getSimpleName().contentEquals(attribute)) {
        return values.get(method);
      }
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(attribute)) {
        return ((ExecutableElement) member).getDefaultValue();
      }
    }
    throw new IllegalArgumentException(
        "no attribute " + attribute + " in " + mirror.getAnnotationType());
  }

  /** Whether the source writes the attribute, rather than leaving it to its default. */
  static boolean isWritten(AnnotationMirror mirror, String attribute) {
    return mirror.getElementValues().keySet().stream()
        .anyMatch(method -> method.getSimpleName().contentEquals(attribute));
  }

  /** The elements of an array attribute, each with its own position in the source. */
  static List<AnnotationValue> values(AnnotationMirror mirror, String attribute) {
    List<AnnotationValue> elements = new ArrayList<>();
    for (Object element : (List<?>) value(mirror, attribute).getValue()) {
      elements.add((AnnotationValue) element);
    }
    return elements;
  }
}
