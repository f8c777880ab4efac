package dev.healthcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors to javac on the element at fault, and counts them: the registry is written only
 * when a compilation has none.
 */
final class Diagnostics {

  private final Messager messager;
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** An error on the whole compilation, when no element is at fault. */
  void error(String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message);
    errorCount++;
  }

  /** An error on a method or class. */
  void error(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    errorCount++;
  }

  /** An error on an annotation, so the caret lands on it rather than on the method. */
  void error(String message, Element element, AnnotationMirror annotation) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    errorCount++;
  }

  /** An error on one attribute of an annotation. */
  void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    errorCount++;
  }

  /** An error on a source tree, for code javac has not yet turned into elements. */
  void error(String message, Trees trees, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
    errorCount++;
  }

  /** How many errors this processor has reported so far in the compilation. */
  int errorCount() {
    return errorCount;
  }
}
