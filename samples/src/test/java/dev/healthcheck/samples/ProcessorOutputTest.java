package dev.healthcheck.samples;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.healthcheck.processor.HealthCheckProcessor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The sample's own annotated classes compiled again by real javac with the processor, as a user's
 * test does to read the code generated from them, and to see the processor's errors.
 */
class ProcessorOutputTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/healthcheck/samples");

  @Test
  void generatedRegistryCallsTheAnnotatedMethodsDirectly() throws IOException {
    Compilation compilation = javac().compile(source("MachineChecks.java"), source("ApplicationInfo.java"));

    assertThat(compilation).succeededWithoutWarnings();
    String registry = compilation
        .generatedSourceFile("dev.healthcheck.samples.GeneratedHealthRegistry")
        .orElseThrow()
        .getCharContent(true)
        .toString();
    assertTrue(registry.contains("MachineChecks.heap()"), registry);
    assertTrue(registry.contains("MachineChecks.diskSpace()"), registry);
    assertTrue(registry.contains("ApplicationInfo.application()"), registry);
    assertThat(compilation)
        .generatedSourceFile("dev.healthcheck.samples.GeneratedHealthCheckServlet");
  }

  @Test
  void checkReturningTextIsACompileErrorOnItsLine() {
    JavaFileObject checks = JavaFileObjects.forSourceString("com.example.PingChecks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class PingChecks {
          @HealthCheck
          public String ping() {
            return "pong";
          }
        }
        """);

    Compilation compilation = javac().compile(checks);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@HealthCheck method 'ping' returns String; "
            + "return CheckResult, boolean, void or CompletionStage<CheckResult>")
        .inFile(checks)
        .onLine(7);
  }

  private static Compiler javac() {
    return Compiler.javac().withProcessors(new HealthCheckProcessor());
  }

  private static JavaFileObject source(String file) throws MalformedURLException {
    return JavaFileObjects.forResource(SOURCES.resolve(file).toUri().toURL());
  }
}
