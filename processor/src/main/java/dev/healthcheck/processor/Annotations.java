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
    return find(mirror, attribute).orElseThrow(() -> new IllegalArgumentException(
        "no attribute " + attribute + " in " + mirror.getAnnotationType()));
  }

  /**
   * The attribute's value as written, or its default; empty when the annotation has no such
   * attribute or no default for it (an annotation of another version than the processor's).
   */
  static Optional<AnnotationValue> find(AnnotationMirror mirror, String attribute) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        mirror.getElementValues();
    for (ExecutableElement method : values.keySet()) {
      if (method.getSimpleName().contentEquals(attribute)) {
        return Optional.of(values.get(method));
      }
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member.getSimpleName().contentEquals(attribute)
          && member instanceof ExecutableElement method) {
        return Optional.ofNullable(method.getDefaultValue());
      }
    }
    return Optional.empty();
  }

  /** Whether the source writes the attribute, rather than leaving it to its default. */
  static boolean isWritten(AnnotationMirror mirror, String attribute) {
    return mirror.getElementValues().keySet().stream()
        .anyMatch(method -> method.getSimpleName().contentEquals(attribute));
  }

  /**
   * The elements of an array attribute, each with its own position in the source; none when the
   * array itself is erroneous.
   */
  static List<AnnotationValue> values(AnnotationMirror mirror, String attribute) {
    List<AnnotationValue> elements = new ArrayList<>();
    if (value(mirror, attribute).getValue() instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof AnnotationValue value) {
          elements.add(value);
        }
      }
    }
    return elements;
  }

  /**
   * Whether a value the source writes could not be computed, here or in an array it holds: a
   * constant of a class that does not exist (yet: another processor may generate it in a later
   * round), a typo, a value of the wrong type. javac reports those itself ("cannot find symbol",
   * "incompatible types"); the processor waits for them, and never judges them.
   */
  static boolean hasErroneousValue(AnnotationMirror mirror) {
    return mirror.getElementValues().values().stream().anyMatch(Annotations::holdsErroneous);
  }

  private static boolean holdsErroneous(AnnotationValue value) {
    return isErroneous(value) || (value.getValue() instanceof List<?> list
        && list.stream().anyMatch(element ->
            element instanceof AnnotationValue nested && holdsErroneous(nested)));
  }

  /**
   * Whether the value is javac's stand-in for a value it could not compute
   * ({@code Attribute.Error}), which reads as the string {@code "<error>"} and prints as
   * {@code <error>}, where a real string prints quoted. javac reports an error wherever it makes one.
   */
  static boolean isErroneous(AnnotationValue value) {
    return ERROR.equals(value.toString());
  }

  private static final String ERROR = "<error>";
}
