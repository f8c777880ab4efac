package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The processor in a named module ({@code module-info.java}), with the annotations, the runtime
 * (both named modules) and Jackson on the module path; and a service built so, started on the
 * module path, which tries the runtime's descriptor for real: what it exports, {@code uses} and
 * requires.
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
  void writesServletsInAModuleThatReadsTheBinding(@TempDir Path directory)
      throws Exception {
    Path generated = compile(directory, """
        module com.example {
          requires static dev.healthcheck.annotations;
          requires dev.healthcheck.runtime;
          requires dev.healthcheck.servlet;
        }
        """,
        moduleJar(HealthCheckServlet.class, "dev.healthcheck.servlet", directory),
        moduleJar(HttpServlet.class, "jakarta.servlet", directory));

    assertEquals(List.of("com/example/GeneratedEnvironmentServlet.java",
        "com/example/GeneratedHealthCheckServlet.java", "com/example/GeneratedHealthRegistry.java"),
        sources(generated));
  }

  @Test
  void aServiceRunsOnTheModulePath(@TempDir Path directory) throws Exception {
    compile(directory, """
        module com.example {
          requires static dev.healthcheck.annotations;
          requires dev.healthcheck.runtime;
          provides dev.healthcheck.runtime.HealthRegistry with com.example.GeneratedHealthRegistry;
          opens com.example to com.fasterxml.jackson.databind;
        }
        """, Map.of("Checks", """
            package com.example;

            import dev.healthcheck.annotations.EnvironmentSection;
            import dev.healthcheck.annotations.HealthCheck;

            public class Checks {
              public record Build(String version, String password) {}

              @HealthCheck
              public static boolean ping() {
                return true;
              }

              @EnvironmentSection("build")
              public static Build build() {
                return new Build("1.2.3", "hunter2");
              }
            }
            """, "Main", """
            package com.example;

            import dev.healthcheck.runtime.EnvironmentDump;
            import dev.healthcheck.runtime.HealthChecker;
            import dev.healthcheck.runtime.HealthRegistry;
            import dev.healthcheck.runtime.http.HealthHandlers;
            import java.io.InputStream;
            import java.net.InetSocketAddress;
            import java.net.URI;
            import java.net.URL;
            import java.nio.charset.StandardCharsets;

            public class Main {
              public static void main(String[] args) throws Exception {
                HealthRegistry[] found = HealthRegistry.discover(Main.class.getClassLoader())
                    .toArray(HealthRegistry[]::new);
                var server = HealthHandlers.start(new InetSocketAddress("127.0.0.1", 0),
                    HealthChecker.of(found), EnvironmentDump.of(found));
                try {
                  for (String path : new String[] {"/healthcheck", "/environment"}) {
                    URL url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path
                        + "?format=json").toURL();
                    try (InputStream body = url.openStream()) {
                      System.out.println(path + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                    }
                  }
                } finally {
                  server.stop(0);
                }
              }
            }
            """),
        // Nothing on the class path: with the test's there, javac 17 says "the service
        // implementation does not have a default constructor" of the registry it generates.
        Files.createDirectories(directory.resolve("empty")).toString());

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", String.join(File.pathSeparator, modulePathOf(directory)),
        "--module", "com.example/com.example.Main"));
    Path log = directory.resolve("service.log");
    Process java = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    String output;
    try {
      boolean exited = java.waitFor(60, TimeUnit.SECONDS);
      output = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(exited, "the service did not end within 60 s: " + output);
    } finally {
      java.destroyForcibly();
    }
    assertEquals(0, java.exitValue(), output);

    // The registry was found through the module's provides, the JDK server and Jackson are read.
    assertTrue(output.contains("/healthcheck {\"hostname\""), output);
    assertTrue(output.contains("\"checker\": \"ping\""), output);
    assertTrue(output.contains("\"status\": \"success\""), output);
    // Jackson wrote the module's own record, which it opens to Jackson, and the secret was masked.
    assertTrue(output.contains("\"build\": {\"version\": \"1.2.3\", \"password\": \"********\"}"),
        output);
    assertTrue(!output.contains("hunter2") && !output.contains("Exception"), output);
  }

  /** The module path a service built by {@link #compile} runs with: its classes and the runtime's. */
  private static List<String> modulePathOf(Path directory) throws IOException, URISyntaxException {
    List<String> modulePath = new ArrayList<>(List.of(directory.resolve("classes").toString()));
    for (Path module : runtimeModulePath(directory)) {
      modulePath.add(module.toString());
    }
    return modulePath;
  }

  /**
   * Compiles the module with the processor, with the annotations, the runtime and these on the
   * module path; asserts that javac reported no error or warning; returns the directory of generated sources.
   */
  private static Path compile(Path directory, String moduleInfo, Path... moreModules)
      throws Exception {
    // javac's class path is the test's: what the module does not read is there, as in a build
    // that puts everything on both paths.
    return compile(directory, moduleInfo, Map.of("Checks", CHECKS),
        System.getProperty("java.class.path"), moreModules);
  }

  /** As above, with these classes of {@code com.example}, by simple name, and this class path. */
  private static Path compile(Path directory, String moduleInfo, Map<String, String> classes,
      String classPath, Path... moreModules) throws Exception {
    Path sources = directory.resolve("src");
    Path generated = Files.createDirectories(directory.resolve("generated"));
    Path output = Files.createDirectories(directory.resolve("classes"));
    write(sources.resolve("module-info.java"), moduleInfo);
    for (Map.Entry<String, String> source : classes.entrySet()) {
      write(sources.resolve("com/example/" + source.getKey() + ".java"), source.getValue());
    }
    List<Path> modulePath = new ArrayList<>(runtimeModulePath(directory));
    modulePath.addAll(List.of(moreModules));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null);
        Stream<Path> walk = Files.walk(sources)) {
      List<Path> paths = walk.filter(path -> path.toString().endsWith(".java")).toList();
      // Every module on the path is named (ours, Jackson's, the servlet API's): javac would warn
      // of an automatic one, and that warning would fail the test.
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all,-processing", "-classpath", classPath, "--module-path", String.join(File.pathSeparator,
                  modulePath.stream().map(Path::toString).toList()),
              "-d", output.toString(), "-s", generated.toString()),
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

  /** The annotations, the runtime and what the runtime requires: Jackson's three modules. */
  private static List<Path> runtimeModulePath(Path directory) throws IOException, URISyntaxException {
    return List.of(
        moduleJar(HealthCheck.class, "dev.healthcheck.annotations", directory),
        moduleJar(HealthRegistry.class, "dev.healthcheck.runtime", directory),
        moduleJar(ObjectMapper.class, "com.fasterxml.jackson.databind", directory),
        moduleJar(JsonFactory.class, "com.fasterxml.jackson.core", directory),
        moduleJar(JsonProperty.class, "com.fasterxml.jackson.annotation", directory));
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
   * else a jar of the class directory (a named module if it holds a {@code module-info.class},
   * else an automatic module named as the build names it).
   */
  private static Path moduleJar(Class<?> type, String name, Path directory)
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
