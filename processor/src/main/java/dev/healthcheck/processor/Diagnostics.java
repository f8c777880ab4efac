package dev.healthcheck.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints the problems the rules return, as errors on the element at fault, and the notes that
 * say what the processor left out; remembers whether it printed an error, since the registry is
 * written only for a compilation without any of ours.
 */
final class Diagnostics {

  private final Messager messager;
  private boolean errors;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Prints each problem javac does not report itself, as an error at its most precise place. */
  void print(List<Problem> problems) {
    problems.forEach(this::print);
  }

  /** Prints the problem as an error at its most precise place, unless javac reports it itself. */
  void print(Problem problem) {
    errors = true;
    if (problem.reportedByJavac()) {
      return;
    }
    Diagnostic.Kind kind = Diagnostic.Kind.ERROR;
    if (problem.element() == null) {
      messager.printMessage(kind, problem.message());
    } else if (problem.annotation() == null) {
      messager.printMessage(kind, problem.message(), problem.element());
    } else if (problem.value() == null) {
      messager.printMessage(kind, problem.message(), problem.element(), problem.annotation());
    } else {
      messager.printMessage(
          kind, problem.message(), problem.element(), problem.annotation(), problem.value());
    }
  }

  /** An error on a source tree, for code javac has not yet turned into elements. */
  void error(String message, Trees trees, Tree tree, CompilationUnitTree unit) {
    trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
    errors = true;
  }

  /** A note on an element: not a warning, so {@code -Werror} builds still pass. */
  void note(String message, Element element) {
    messager.printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  /** Whether a problem stopped the registry in this compilation so far. */
  boolean hasErrors() {
    return errors;
  }
}
