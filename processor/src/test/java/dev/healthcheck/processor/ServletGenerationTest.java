package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.javac;
import static dev.healthcheck.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.healthcheck.servlet.HealthCheckServlet;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import javax.tools.JavaFileObject;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servlets the processor writes when {@code healthcheck-servlet} is on the compile class path
 * and the registry can create itself; a user mounts them by class name.
 */
class ServletGenerationTest {

  private static final JavaFileObject APP = source("com.example.AppChecks", """
      package com.example;

      import dev.healthcheck.annotations.EnvironmentSection;
      import dev.healthcheck.annotations.HealthCheck;
      import dev.healthcheck.runtime.CheckResult;
      import java.util.Map;

      public class AppChecks {
        @HealthCheck(groups = "readiness")
        public CheckResult database() {
          return CheckResult.ok("database reachable");
        }

        @EnvironmentSection("application")
        public static Map<String, String> application() {
          return Map.of("name", "shop");
        }
      }
      """);

  @Test
  void writesBothServletsBesideTheRegistry(TestInfo test) {
    Compilation compilation = compile(APP);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), compilation.notes(), "nothing left out, nothing to note");
    Golden.assertGenerated(compilation, test, "com.example.GeneratedHealthCheckServlet");
    Golden.assertGenerated(compilation, test, "com.example.GeneratedEnvironmentServlet");
  }

  @Test
  void namesTheServletsAfterTheRegistryOption() {
    Compilation compilation = javac("-Ahealthcheck.registry=com.acme.AppHealthRegistry")
        .compile(APP);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(
        List.of("com/acme/AppEnvironmentServlet.java", "com/acme/AppHealthCheckServlet.java",
            "com/acme/AppHealthRegistry.java"),
        generatedSources(compilation));
  }

  @Test
  void writesNoServletsWithoutTheServletBinding() throws URISyntaxException {
    Compilation compilation =
        javac().withClasspath(classPathWithout(HealthCheckServlet.class)).compile(APP);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("com/example/GeneratedHealthRegistry.java"), generatedSources(compilation));
    assertOnlyNote(compilation, "GeneratedHealthRegistry comes without generated servlets:"
            + " dev.healthcheck.servlet.HealthCheckServlet is not on the class path; add the"
            + " dependency dev.healthcheck:healthcheck-servlet to have them, or serve the registry"
            + " another way, such as HealthHandlers on the JDK's HTTP server",
        APP, "public class AppChecks");
  }

  @Test
  void writesNoServletsWithoutTheServletApi() throws URISyntaxException {
    Compilation compilation =
        javac().withClasspath(classPathWithout(HttpServlet.class)).compile(APP);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("com/example/GeneratedHealthRegistry.java"), generatedSources(compilation));
    assertOnlyNote(compilation, "GeneratedHealthRegistry comes without generated servlets:"
            + " jakarta.servlet.http.HttpServlet is not on the class path; add the dependency"
            + " jakarta.servlet:jakarta.servlet-api to have them, or serve the registry another"
            + " way, such as HealthHandlers on the JDK's HTTP server",
        APP, "public class AppChecks");
  }

  @Test
  void writesNoServletsWhenTheRegistryCannotCreateItself() {
    JavaFileObject mail = source("com.example.MailChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class MailChecks {
          public MailChecks(String host) {}

          @HealthCheck
          public boolean smtp() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(mail);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("com/example/GeneratedHealthRegistry.java"), generatedSources(compilation));
    assertOnlyNote(compilation, "GeneratedHealthRegistry has no create(), no generated servlets"
            + " and no META-INF/services entry, so HealthRegistry.discover() will not find it: it"
            + " cannot construct MailChecks, which has no no-argument constructor; build it with"
            + " GeneratedHealthRegistry.builder().mailChecks(...).build() and pass it to"
            + " HealthChecker.of(...), or give MailChecks a public no-argument constructor",
        mail, "public class MailChecks");
  }

  @Test
  void notesEveryClassTheRegistryCannotConstructAndWhy() {
    JavaFileObject source = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          public interface Remote {
            @HealthCheck
            default boolean remote() {
              return true;
            }
          }

          public static class Quiet {
            Quiet() throws java.io.IOException {}

            @HealthCheck
            public boolean quiet() {
              return true;
            }
          }
        }
        """);

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertOnlyNote(compilation, "GeneratedHealthRegistry has no create(), no generated servlets"
            + " and no META-INF/services entry, so HealthRegistry.discover() will not find it: it"
            + " cannot construct Checks.Quiet, which has a no-argument constructor that throws a"
            + " checked exception, and Checks.Remote, which is an interface; build it with"
            + " GeneratedHealthRegistry.builder().checksQuiet(...).checksRemote(...).build() and"
            + " pass it to HealthChecker.of(...), or give Checks.Quiet a public no-argument"
            + " constructor",
        source, "public static class Quiet");
    assertTrue(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/dev.healthcheck.runtime.HealthRegistry").isEmpty());
  }

  /** Asserts the compilation's only note: this whole message, on the line holding marker. */
  private static void assertOnlyNote(
      Compilation compilation, String message, JavaFileObject source, String marker) {
    assertEquals(1, compilation.notes().size(), () -> compilation.notes().toString());
    assertThat(compilation)
        .hadNoteContainingMatch(Pattern.compile("\\A" + Pattern.quote(message) + "\\z"))
        .inFile(source)
        .onLine(ErrorAssertions.lineOf(source, marker));
  }

  @Test
  void servletsMountedByClassServeTheRegistry(@TempDir Path output) throws Exception {
    CompiledModule.write(compile(APP), output);

    try (URLClassLoader classPath = CompiledModule.classLoader(output)) {
      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler("/");
      context.addServlet(servlet(classPath, "com.example.GeneratedHealthCheckServlet"),
          "/healthcheck/*");
      context.addServlet(servlet(classPath, "com.example.GeneratedEnvironmentServlet"),
          "/environment/*");
      server.setHandler(context);
      server.start();
      try {
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort());

        JsonNode health = get(base.resolve("/healthcheck/readiness"));
        assertEquals("success", health.get("status").asText());
        assertEquals("database", health.get("results").get(0).get("checker").asText());
        assertEquals("database reachable", health.get("results").get(0).get("output").asText());
        JsonNode environment = get(base.resolve("/environment"));
        assertEquals("shop", environment.get("application").get("name").asText());
      } finally {
        server.stop();
      }
    }
  }

  private static Class<? extends Servlet> servlet(ClassLoader classPath, String name)
      throws ClassNotFoundException {
    return classPath.loadClass(name).asSubclass(Servlet.class);
  }

  private static JsonNode get(URI uri) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body());
  }

  /** The test's class path without the jar or directory that holds this class. */
  private static List<File> classPathWithout(Class<?> type) throws URISyntaxException {
    File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .filter(entry -> !entry.equals(location))
        .toList();
  }

  private static List<String> generatedSources(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(file -> file.toUri().getPath().replaceFirst(".*/SOURCE_OUTPUT/", ""))
        .sorted()
        .toList();
  }
}
