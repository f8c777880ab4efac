package dev.healthcheck.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The attributes of one {@code @HealthCheck}, read once, with the check's name derived from them.
 * Defaults are the annotation's: {@code -1} for the runner's timeout and TTLs, {@code 0} for no
 * refresh, {@code 1} for each threshold.
 *
 * @param method the annotated method
 * @param annotation its {@code @HealthCheck}, so an error can point at one attribute
 * @param name the check's name: the annotation's {@code name}, or the method's when it is empty
 * @param groups the groups it belongs to, in the order written
 * @param timeoutMillis its timeout
 * @param critical whether its failure fails the whole response
 * @param successTtlMillis how long a passing result is cached
 * @param failedTtlMillis how long a failed result is cached
 * @param refreshMillis the background refresh period; {@code 0} when requests run it
 * @param failureThreshold failed runs in a row before a passing check is reported failed
 * @param successThreshold passing runs in a row before a failing check is reported passed
 */
record CheckAttributes(
    ExecutableElement method,
    AnnotationMirror annotation,
    String name,
    List<String> groups,
    long timeoutMillis,
    boolean critical,
    long successTtlMillis,
    long failedTtlMillis,
    long refreshMillis,
    int failureThreshold,
    int successThreshold) {

  CheckAttributes {
    groups = List.copyOf(groups);
  }

  /** Reads the attributes, or says why it cannot. */
  static Validated<CheckAttributes> read(ExecutableElement method, AnnotationMirror annotation) {
    AttributeReader reader = new AttributeReader(method, annotation);
    String written = reader.string("name");
    CheckAttributes attributes = new CheckAttributes(
        method,
        annotation,
        written.isEmpty() ? method.getSimpleName().toString() : written,
        reader.strings("groups"),
        reader.longValue("timeoutMillis"),
        reader.booleanValue("critical"),
        reader.longValue("successTtlMillis"),
        reader.longValue("failedTtlMillis"),
        reader.longValue("refreshMillis"),
        reader.intValue("failureThreshold"),
        reader.intValue("successThreshold"));
    return Validated.of(attributes, reader.problems());
  }

  /** Whether the source writes the attribute, rather than leaving it to its default. */
  boolean isWritten(String attribute) {
    return Annotations.isWritten(annotation, attribute);
  }

  /** The attribute's value, for an error that points at it. */
  AnnotationValue value(String attribute) {
    return Annotations.value(annotation, attribute);
  }
}
