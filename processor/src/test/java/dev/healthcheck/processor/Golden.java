package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares a generated source with its golden file in
 * {@code src/test/resources/golden/<TestClass>/<testMethod>/<SimpleName>.java}, as exact text:
 * equal text is byte-identical output. {@code -Dgolden.update=true} rewrites the golden files instead; review
 * their diff like code.
 */
final class Golden {

  private static final Path ROOT = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /** Asserts that the compilation generated {@code qualifiedName} with the golden text. */
  static void assertGenerated(Compilation compilation, TestInfo test, String qualifiedName) {
    Optional<JavaFileObject> file = compilation.generatedSourceFile(qualifiedName);
    assertTrue(file.isPresent(), () -> "no generated source " + qualifiedName + " in "
        + compilation.generatedSourceFiles());
    assertGolden(test, qualifiedName, contents(file.get()));
  }

  /** Asserts that the source generated for {@code qualifiedName} is the golden text. */
  static void assertGolden(TestInfo test, String qualifiedName, String actual) {
    Path golden = ROOT.resolve(test.getTestClass().orElseThrow().getSimpleName())
        .resolve(test.getTestMethod().orElseThrow().getName())
        .resolve(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1) + ".java");
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(golden), () -> golden + " is missing; run with -Dgolden.update=true");
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated file. */
  static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
