package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject.DiagnosticInFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Assertions on the errors of a compilation: whole messages, on the line that holds a marker. */
final class ErrorAssertions {

  private ErrorAssertions() {}

  /** Asserts the compilation's only error: this whole message, on the line holding marker. */
  static void assertOnlyError(
      Compilation compilation, String message, JavaFileObject source, String marker) {
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, message, source, marker);
  }

  /** Asserts that the compilation has this whole error message, on the line holding marker. */
  static void assertError(
      Compilation compilation, String message, JavaFileObject source, String marker) {
    errorWithMessage(compilation, message).inFile(source).onLine(lineOf(source, marker));
  }

  /** Asserts that the compilation has this whole error message, on any line. */
  static DiagnosticInFile errorWithMessage(Compilation compilation, String message) {
    return assertThat(compilation)
        .hadErrorContainingMatch(Pattern.compile("\\A" + Pattern.quote(message) + "\\z"));
  }

  /** Asserts that no diagnostic carries a stack trace: the processor never throws at javac. */
  static void assertNoStackTrace(Compilation compilation) {
    for (Diagnostic<?> diagnostic : compilation.diagnostics()) {
      String text = diagnostic.getMessage(Locale.ROOT);
      assertFalse(text.contains("\tat ") || text.contains("Exception in thread")
          || text.contains("An annotation processor threw"), text);
    }
  }

  /** The 1-based line of the first line of the source that contains marker. */
  static long lineOf(JavaFileObject source, String marker) {
    String[] lines;
    try {
      lines = source.getCharContent(true).toString().split("\n", -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + marker);
  }
}
