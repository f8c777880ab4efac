package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.source;
import static dev.healthcheck.processor.ErrorAssertions.assertNoStackTrace;
import static dev.healthcheck.processor.ErrorAssertions.assertOnlyError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Attribute values the processor does not expect, as an annotations jar of another version than
 * the processor's gives them (here a {@code @HealthCheck} declared in the compilation, which
 * javac takes over the one on the class path): each is an error on the value or the annotation,
 * never a compilation that succeeds without the registry.
 */
class AnnotationVersionsTest {

  private static final String ATTRIBUTES = """
      String name() default "";
      String[] groups() default {};
      long timeoutMillis() default -1;
      boolean critical() default true;
      long successTtlMillis() default -1;
      long failedTtlMillis() default -1;
      long refreshMillis() default 0;
      int failureThreshold() default 1;
      int successThreshold() default 1;
      """;

  private static final JavaFileObject CHECKS = source("com.example.Checks", """
      package com.example;

      import dev.healthcheck.annotations.HealthCheck;

      public class Checks {
        @HealthCheck(timeoutMillis = 500)
        public boolean ping() {
          return true;
        }
      }
      """);

  /** {@code @HealthCheck} with these attribute declarations. */
  private static JavaFileObject annotation(String attributes) {
    return source("dev.healthcheck.annotations.HealthCheck", """
        package dev.healthcheck.annotations;

        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;
        import java.lang.annotation.Target;

        @Retention(RetentionPolicy.CLASS)
        @Target(ElementType.METHOD)
        public @interface HealthCheck {
        %s}
        """.formatted(attributes.indent(2)));
  }

  @Test
  void ignoresAnAttributeItDoesNotKnow() {
    JavaFileObject checks = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck(weight = 2.5, owner = Checks.class)
          public boolean ping() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(annotation(ATTRIBUTES
        + "double weight() default 1.0;\nClass<?> owner() default Object.class;\n"), checks);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.GeneratedHealthRegistry");
  }

  @Test
  void attributeOfAnotherTypeIsAnErrorOnItsValue() {
    JavaFileObject checks = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck(
              failureThreshold = 2.5)
          public boolean ping() {
            return true;
          }
        }
        """);

    Compilation compilation = compile(
        annotation(ATTRIBUTES.replace("int failureThreshold()", "double failureThreshold()")
            .replace("failureThreshold() default 1", "failureThreshold() default 1.0")),
        checks);

    assertOnlyError(compilation,
        "@HealthCheck method 'ping' has failureThreshold = 2.5, which healthcheck-processor cannot"
            + " read; use the same version of healthcheck-annotations and healthcheck-processor",
        checks, "failureThreshold = 2.5");
    assertNoStackTrace(compilation);
  }

  @Test
  void attributeOfAnotherTypeLeftToItsDefaultIsAnErrorOnTheAnnotation() {
    Compilation compilation = compile(
        annotation(ATTRIBUTES.replace("boolean critical() default true",
            "String critical() default \"yes\"")),
        CHECKS);

    assertOnlyError(compilation,
        "@HealthCheck method 'ping' has critical = \"yes\", which healthcheck-processor cannot"
            + " read; use the same version of healthcheck-annotations and healthcheck-processor",
        CHECKS, "@HealthCheck(timeoutMillis = 500)");
  }

  @Test
  void missingAttributeIsAnErrorOnTheAnnotation() {
    Compilation compilation = compile(
        annotation(ATTRIBUTES.replace("int successThreshold() default 1;\n", "")), CHECKS);

    assertOnlyError(compilation,
        "@HealthCheck of method 'ping' has no successThreshold, which healthcheck-processor reads;"
            + " use the same version of healthcheck-annotations and healthcheck-processor",
        CHECKS, "@HealthCheck(timeoutMillis = 500)");
  }

  @Test
  void readsALongAttributeDeclaredAsAnInt() {
    Compilation compilation = compile(
        annotation(ATTRIBUTES.replace("long timeoutMillis()", "int timeoutMillis()")), CHECKS);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.GeneratedHealthRegistry")
        .contentsAsUtf8String().contains(".timeoutMillis(500)");
  }
}
