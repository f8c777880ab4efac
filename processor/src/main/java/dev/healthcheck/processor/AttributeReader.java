package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the attributes of one annotation, each as the type the processor expects, and keeps a
 * problem for each it cannot read: a value javac could not compute (javac reports it), or a value
 * of another type than expected, which happens when healthcheck-annotations and
 * healthcheck-processor come from different versions (an error of ours, never silence). A value
 * it cannot read reads as a stand-in; the caller uses none of them when there are problems.
 */
final class AttributeReader {

  private final ExecutableElement method;
  private final AnnotationMirror annotation;
  private final List<Problem> problems = new ArrayList<>();

  AttributeReader(ExecutableElement method, AnnotationMirror annotation) {
    this.method = method;
    this.annotation = annotation;
  }

  /** A {@code String} attribute. */
  String string(String attribute) {
    return read(attribute, String.class, "");
  }

  /** A {@code String[]} attribute, in the order written. */
  List<String> strings(String attribute) {
    List<String> strings = new ArrayList<>();
    if (read(attribute, List.class, List.of()).isEmpty()) {
      return strings;
    }
    for (AnnotationValue element : Annotations.values(annotation, attribute)) {
      strings.add(read(attribute, element, String.class, ""));
    }
    return strings;
  }

  /** A {@code long} attribute; an {@code int} one of another version reads too. */
  long longValue(String attribute) {
    Number number = read(attribute, Number.class, 0L);
    if (number instanceof Long || number instanceof Integer) {
      return number.longValue();
    }
    unreadable(attribute, Annotations.value(annotation, attribute));
    return 0L;
  }

  /** An {@code int} attribute. */
  int intValue(String attribute) {
    return read(attribute, Integer.class, 0);
  }

  /** A {@code boolean} attribute. */
  boolean booleanValue(String attribute) {
    return read(attribute, Boolean.class, false);
  }

  /** The problems of every attribute read so far. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  private <T> T read(String attribute, Class<T> type, T standIn) {
    Optional<AnnotationValue> value = Annotations.find(annotation, attribute);
    if (value.isEmpty()) {
      problems.add(Problem.onAnnotation(method, annotation, Messages.missingAttribute(
          Annotations.label(method), TypeText.name(method), attribute)));
      return standIn;
    }
    return read(attribute, value.get(), type, standIn);
  }

  private <T> T read(String attribute, AnnotationValue value, Class<T> type, T standIn) {
    if (Annotations.isErroneous(value)) {
      problems.add(Problem.reportedByJavac(method, annotation));
      return standIn;
    }
    if (type.isInstance(value.getValue())) {
      return type.cast(value.getValue());
    }
    unreadable(attribute, value);
    return standIn;
  }

  private void unreadable(String attribute, AnnotationValue value) {
    String message = Messages.unreadableValue(
        Annotations.label(method), TypeText.name(method), attribute, value.toString());
    problems.add(Annotations.isWritten(annotation, attribute)
        ? Problem.onValue(method, annotation, value, message)
        : Problem.onAnnotation(method, annotation, message));
  }
}
