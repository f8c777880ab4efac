package dev.healthcheck.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** Runs javac with the processor over sources given as text, as a user's build would. */
final class Compilations {

  private Compilations() {}

  /** The source of a class; its name is read from its package and first type declaration. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** javac with the processor and the compiler's own lint warnings, as the build runs it. */
  static Compiler javac(String... options) {
    List<Object> all = new java.util.ArrayList<>(List.of("-Xlint:all,-processing"));
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new HealthCheckProcessor()).withOptions(all);
  }

  /** Compiles the sources with the processor. */
  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }
}
