package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.healthcheck.processor.Compilations.source;
import static dev.healthcheck.processor.ErrorAssertions.assertNoStackTrace;
import static dev.healthcheck.processor.ErrorAssertions.assertOnlyError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.healthcheck.annotations.HealthCheck;
import java.io.File;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the user sees when the compilation's environment, or the processor itself, is broken. */
class BrokenEnvironmentTest {

  private static final JavaFileObject SOURCE = source("com.example.Checks", """
      package com.example;

      import dev.healthcheck.annotations.HealthCheck;

      public class Checks {
        @HealthCheck
        public boolean ping() {
          return true;
        }

        @HealthCheck
        public dev.healthcheck.runtime.CheckResult pong() {
          return null;
        }
      }
      """);

  @Test
  void internalFailureIsOneErrorOnTheMethodNotAStackTrace() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new WithBrokenTypes(new HealthCheckProcessor()))
        .compile(SOURCE);

    assertOnlyError(compilation,
        "healthcheck-processor failed on pong(): IllegalStateException: isSameType is broken;"
            + " this is a bug, please report it",
        SOURCE, "CheckResult pong()");
    assertNoStackTrace(compilation);
  }

  @Test
  void asksForTheRuntimeWhenItIsNotOnTheClassPath() throws URISyntaxException {
    JavaFileObject source = source("com.example.Checks", """
        package com.example;

        import dev.healthcheck.annotations.HealthCheck;

        public class Checks {
          @HealthCheck
          public boolean ping() {
            return true;
          }
        }
        """);
    File annotationsOnly =
        new File(HealthCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    Compilation compilation = Compilations.javac()
        .withClasspath(List.of(annotationsOnly))
        .compile(source);

    assertOnlyError(compilation,
        "com.example.GeneratedHealthRegistry needs healthcheck-runtime on the class path; add the"
            + " dependency dev.healthcheck:healthcheck-runtime",
        source, "boolean ping()");
    assertThat(compilation).hadWarningCount(0);
  }

  /**
   * Runs the processor with javac's own environment, except that {@link Types#isSameType} throws:
   * a stand-in for any bug in the processor's handling of a method.
   */
  private static final class WithBrokenTypes implements Processor {

    private final Processor processor;

    WithBrokenTypes(Processor processor) {
      this.processor = processor;
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      Types types = forward(Types.class, environment.getTypeUtils(), "isSameType");
      processor.init(forward(ProcessingEnvironment.class, environment, types));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String text) {
      return processor.getCompletions(element, annotation, member, text);
    }

    /** javac's Types, whose method of that name throws. */
    private static Types forward(Class<Types> type, Types real, String broken) {
      return proxy(type, (proxy, method, arguments) -> {
        if (method.getName().equals(broken)) {
          throw new IllegalStateException(broken + " is broken");
        }
        return invoke(method, real, arguments);
      });
    }

    /** javac's environment, with those Types. */
    private static ProcessingEnvironment forward(
        Class<ProcessingEnvironment> type, ProcessingEnvironment real, Types types) {
      return proxy(type, (proxy, method, arguments) ->
          method.getName().equals("getTypeUtils") ? types : invoke(method, real, arguments));
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
      return type.cast(
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments)
        throws Throwable {
      try {
        return method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
