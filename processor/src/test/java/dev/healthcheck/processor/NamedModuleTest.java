package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.servlet.HealthCheckServlet;
import jakarta.servlet.http.HttpServlet;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor in a named module ({@code module-info.java}), with the annotations and the
 * runtime on the module path as automatic modules.
 *
 * <p>javac runs here through {@code javax.tools} on files in a temporary directory: compile-testing
 * 0.23 cannot compile a module, since its in-memory file manager makes javac report "module name
 * com.example does not match expected name ..." for any {@code module-info.java}.
 */
class NamedModuleTest {

  private static final String CHECKS = """
      package com.example;

      import dev.healthcheck.annotations.HealthCheck;

      public class Checks {
        @HealthCheck
        public boolean ping() {
          return true;
        }
      }
      """;

  @Test
  void leavesGeneratedOutInAModuleThatDoesNotReadJavaCompiler(@TempDir Path directory, TestInfo test)
      throws Exception {
    Path generated = compile(directory, """
        module com.example {
          requires static dev.healthcheck.annotations;
          requires dev.healthcheck.runtime;
        }
        """);

    Golden.assertGolden(test,
        "com.example.GeneratedHealthRegistry", registry(generated));
    // The servlet binding is on the class path, which a named module does not read.
    assertEquals(List.of("com/example/GeneratedHealthRegistry.java"), sources(generated));
  }

  @Test
  void keepsGeneratedInAModuleThatReadsJavaCompiler(@TempDir Path directory) throws Exception {
    Path generated = compile(directory, """
        module com.example {
          requires static dev.healthcheck.annotations;
          requires static java.compiler;
          requires dev.healthcheck.runtime;
        }
        """);

    String registry = registry(generated);
    assertTrue(registry.contains(
        "@Generated(\"dev.healthcheck.processor.HealthCheckProcessor\")\npublic final class"),
        registry);
  }

  @Test
  void writesServletsInAModuleThatReadsTheBindingAndTheServletApi(@TempDir Path directory)
      throws Exception {
    Path generated = compile(directory, """
        module com.example {
          requires static dev.healthcheck.annotations;
          requires dev.healthcheck.runtime;
          requires dev.healthcheck.servlet;
          requires jakarta.servlet;
        }
        """,
        automaticModule(HealthCheckServlet.class, "dev.healthcheck.servlet", directory),
        automaticModule(HttpServlet.class, "jakarta.servlet", directory));

    assertEquals(List.of("com/example/GeneratedEnvironmentServlet.java",
        "com/example/GeneratedHealthCheckServlet.java", "com/example/GeneratedHealthRegistry.java"),
        sources(generated));
  }

  /**
   * Compiles the module with the processor, with the annotations, the runtime and these on the
   * module path; asserts that javac reported no error or warning; returns the directory of generated sources.
   */
  private static Path compile(Path directory, String moduleInfo, Path... moreModules)
      throws Exception {
    Path sources = directory.resolve("src");
    Path generated = Files.createDirectories(directory.resolve("generated"));
    Path classes = Files.createDirectories(directory.resolve("classes"));
    write(sources.resolve("module-info.java"), moduleInfo);
    write(sources.resolve("com/example/Checks.java"), CHECKS);
    List<Path> modulePath = new ArrayList<>(List.of(
        automaticModule(HealthCheck.class, "dev.healthcheck.annotations", directory),
        automaticModule(HealthRegistry.class, "dev.healthcheck.runtime", directory)));
    modulePath.addAll(List.of(moreModules));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> paths = walk.filter(path -> path.toString().endsWith(".java")).toList();
      // requires-automatic: healthcheck's modules are automatic; that warning is the user's.
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all,-processing,-requires-automatic", "--module-path", String.join(File.pathSeparator,
                  modulePath.stream().map(Path::toString).toList()),
              "-d", classes.toString(), "-s", generated.toString()),
          null, files.getJavaFileObjectsFromPaths(paths));
      task.setProcessors(List.of(new HealthCheckProcessor()));
      boolean compiled = task.call();
      // A note is not a warning: it says what the processor left out (the servlets, here).
      assertEquals(List.of(), diagnostics.getDiagnostics().stream()
          .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE).toList(),
          "javac's errors and warnings");
      assertTrue(compiled);
    }
    return generated;
  }

  private static String registry(Path generated) throws IOException {
    return Files.readString(
        generated.resolve("com/example/GeneratedHealthRegistry.java"), StandardCharsets.UTF_8);
  }

  private static List<String> sources(Path generated) throws IOException {
    try (Stream<Path> walk = Files.walk(generated)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> generated.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /**
   * The jar of that class, as the module path wants it: the jar itself when tests run on jars,
   * else a jar of the class directory, named as the build names it.
   */
  private static Path automaticModule(Class<?> type, String name, Path directory)
      throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isRegularFile(location)) {
      return location;
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), name);
    Path jar = directory.resolve(name + ".jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream entries = new JarOutputStream(out, manifest);
        Stream<Path> walk = Files.walk(location)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        entries.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, entries);
        entries.closeEntry();
      }
    }
    return jar;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
