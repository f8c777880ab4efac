package dev.healthcheck.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One broken rule: the sentence a user reads, and where javac points at it. The more precise the
 * place, the better the caret lands: the attribute's value, else the annotation, else the element;
 * {@code null} parts are not known. {@link Diagnostics} prints it.
 *
 * @param message what is wrong and how to fix it, from {@link Messages}
 * @param element the method or class at fault; {@code null} for the whole compilation
 * @param annotation the annotation at fault, or {@code null}
 * @param value the attribute's value at fault, or {@code null}
 * @param reportedByJavac whether javac already reports it (a value it could not compute): the
 *     problem stops the registry, and printing it again would say it twice
 */
record Problem(
    String message,
    Element element,
    AnnotationMirror annotation,
    AnnotationValue value,
    boolean reportedByJavac) {

  /** A problem of the whole compilation, when no element is at fault. */
  static Problem onCompilation(String message) {
    return new Problem(message, null, null, null, false);
  }

  /** A problem of a method or class. */
  static Problem on(Element element, String message) {
    return new Problem(message, element, null, null, false);
  }

  /** A problem of an annotation, so the caret lands on it rather than on the method. */
  static Problem onAnnotation(Element element, AnnotationMirror annotation, String message) {
    return new Problem(message, element, annotation, null, false);
  }

  /** A problem of one attribute of an annotation. */
  static Problem onValue(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    return new Problem(message, element, annotation, value, false);
  }

  /** A value javac could not compute: javac reports it itself ("cannot find symbol"). */
  static Problem reportedByJavac(Element element, AnnotationMirror annotation) {
    return new Problem("javac reports a value it could not compute", element, annotation, null,
        true);
  }
}
