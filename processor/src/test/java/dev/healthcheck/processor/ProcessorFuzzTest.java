package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.healthcheck.processor.SourceVariants.Variant;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.SectionDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles a few hundred seeded variants of annotated classes ({@link SourceVariants}): each one
 * compiles and its registry runs through the {@link HealthChecker}, or it fails with errors that
 * each have a line, one of them on a rule the variant breaks; never an exception of the
 * processor, a stack trace, a crash of javac, or a compilation that leaves the registry out in
 * silence. Variants are compiled {@value #BATCH} at a time (valid ones apart from broken ones),
 * into one registry per compilation: their names never clash. {@code -Dfuzz.seed=...} and {@code -Dfuzz.variants=...} reproduce or widen a run;
 * a failure names its seed and variant.
 */
class ProcessorFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
  private static final int VARIANTS = Integer.getInteger("fuzz.variants", 300);

  /** Variants compiled together: one registry for many, which keeps the test quick. */
  private static final int BATCH = 25;

  @Test
  void everyVariantRunsOrFailsWithAnErrorOnTheRuleItBreaks() throws Exception {
    List<Variant> valid = new ArrayList<>();
    List<Variant> broken = new ArrayList<>();
    for (int number = 0; number < VARIANTS; number++) {
      Variant variant = SourceVariants.variant(SEED, number);
      (variant.faultLines().isEmpty() ? valid : broken).add(variant);
    }
    // Both outcomes are exercised: a generator that only broke rules would prove little.
    assertTrue(valid.size() > VARIANTS / 2 && !broken.isEmpty(), valid.size() + " valid variants");
    for (int from = 0; from < VARIANTS; from += BATCH) {
      List<Variant> validBatch = valid.subList(Math.min(from, valid.size()),
          Math.min(from + BATCH, valid.size()));
      List<Variant> brokenBatch = broken.subList(Math.min(from, broken.size()),
          Math.min(from + BATCH, broken.size()));
      if (!validBatch.isEmpty()) {
        judgeValid(validBatch);
      }
      if (!brokenBatch.isEmpty()) {
        judgeBroken(brokenBatch);
      }
    }
  }

  /** Valid variants compile without warnings, and their one registry runs every check. */
  private static void judgeValid(List<Variant> variants) throws ReflectiveOperationException {
    Compilation compilation = compile(variants);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> describe(variants) + compilation.errors());
    assertEquals(List.of(), compilation.warnings(), () -> describe(variants));
    run(variants, compilation);
  }

  /** Each variant that breaks a rule hears of it on a line of one of the rules it breaks. */
  private static void judgeBroken(List<Variant> variants) {
    Compilation compilation = compile(variants);
    assertEquals(Compilation.Status.FAILURE, compilation.status(), () -> describe(variants));
    Set<String> errorLines = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      errorLines.add(fileName(error.getSource()) + ":" + error.getLineNumber());
    }
    for (Variant variant : variants) {
      assertTrue(errorLines.stream().anyMatch(variant.faultLines()::contains),
          () -> "no error on " + variant.faultLines() + " (errors on " + errorLines + "): "
              + describe(List.of(variant)));
    }
  }

  /**
   * Compiles the variants with the processor: never a crash of javac or a stack trace, never an
   * error of the processor's own failure, and every error on a line of a source.
   */
  private static Compilation compile(List<Variant> variants) {
    Compilation compilation = Compilations.javac()
        .compile(variants.stream().flatMap(variant -> variant.sources().stream()).toList());
    ErrorAssertions.assertNoStackTrace(compilation);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertFalse(message.contains("healthcheck-processor failed"), message);
      assertTrue(error.getSource() != null && error.getLineNumber() > 0, "no line: " + message);
    }
    return compilation;
  }

  /** Loads the registry from the compilation's class files and runs it as a user would. */
  private static void run(List<Variant> variants, Compilation compilation)
      throws ReflectiveOperationException {
    ClassLoader classes = new CompiledClasses(compilation);
    HealthRegistry registry = (HealthRegistry) create(
        classes.loadClass(variants.get(0).packageName() + ".GeneratedHealthRegistry"));
    assertEquals(union(variants, Variant::sections), registry.sections().stream()
        .map(SectionDefinition::name).collect(Collectors.toCollection(TreeSet::new)));
    Set<String> refreshed = union(variants, Variant::refreshed);
    HealthChecker checker = HealthChecker.of(registry);
    try {
      List<CheckReport> results = checker.report().results();
      assertEquals(union(variants, Variant::checks), results.stream().map(CheckReport::checker)
          .collect(Collectors.toCollection(TreeSet::new)));
      for (CheckReport result : results) {
        assertTrue(result.passed() || refreshed.contains(result.checker()),
            result.checker() + ": " + result.output());
      }
    } finally {
      // HealthChecker becomes AutoCloseable with background refresh (issue 12).
      Object any = checker;
      if (any instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          throw new AssertionError("closing the checker", e);
        }
      }
    }
  }

  /** {@code create()}, or the builder given an instance of each class it asks for. */
  private static Object create(Class<?> registryClass) throws ReflectiveOperationException {
    for (Method method : registryClass.getMethods()) {
      if (method.getName().equals("create")) {
        return method.invoke(null);
      }
    }
    Object builder = registryClass.getMethod("builder").invoke(null);
    for (Method setter : builder.getClass().getDeclaredMethods()) {
      if (setter.getParameterCount() == 1 && setter.getReturnType() == builder.getClass()) {
        setter.invoke(builder, instanceOf(setter.getParameterTypes()[0]));
      }
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** An instance as a container would make one: the first constant, or through any constructor. */
  private static Object instanceOf(Class<?> type) throws ReflectiveOperationException {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      constructor.setAccessible(true);
      return constructor.getParameterCount() == 0
          ? constructor.newInstance()
          : constructor.newInstance("host");
    }
    throw new AssertionError("no constructor in " + type);
  }

  private static Set<String> union(List<Variant> variants, Function<Variant, Set<String>> names) {
    return variants.stream().flatMap(variant -> names.apply(variant).stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** {@code fuzz/C7003.java}: the path below the source root. */
  private static String fileName(JavaFileObject source) {
    return source.toUri().getPath().replaceFirst("^.*?(?=fuzz/)", "");
  }

  /** The seeds and numbers of the variants, and their sources, to reproduce a failure. */
  private static String describe(List<Variant> variants) {
    return variants.stream().map(variant -> variant.description() + "\n"
        + variant.sources().stream().map(source -> {
          try {
            return "// " + fileName(source) + "\n" + source.getCharContent(true);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n")) + "\n";
  }

  /** The class files of one compilation, loaded beside the test's classes (the runtime's). */
  private static final class CompiledClasses extends ClassLoader {

    private final Map<String, byte[]> classFiles = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      super(ProcessorFuzzTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath().replaceFirst(".*/CLASS_OUTPUT/", "");
          classFiles.put(path.replace(".class", "").replace('/', '.'), bytes(file));
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classFiles.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    private static byte[] bytes(JavaFileObject file) {
      try (InputStream in = file.openInputStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
