package dev.healthcheck.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The attribute of one {@code @EnvironmentSection}, read once.
 *
 * @param method the annotated method
 * @param annotation its {@code @EnvironmentSection}, so an error can point at the name
 * @param name the section's name: its key in the environment dump
 */
record SectionAttributes(ExecutableElement method, AnnotationMirror annotation, String name) {

  /** Reads the attribute, or says why it cannot. */
  static Validated<SectionAttributes> read(ExecutableElement method, AnnotationMirror annotation) {
    AttributeReader reader = new AttributeReader(method, annotation);
    SectionAttributes attributes =
        new SectionAttributes(method, annotation, reader.string("value"));
    return Validated.of(attributes, reader.problems());
  }

  /** The name's value, for an error that points at it. */
  AnnotationValue value() {
    return Annotations.value(annotation, "value");
  }
}
