package dev.healthcheck.benchmarks;

import dev.healthcheck.processor.HealthCheckProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Issue 3's compile-time target: javac over 2,000 annotated methods in 200 classes, and the
 * processor's share of its time, under 0.5 s on 2 cores.
 *
 * <p>A plain timing harness rather than JMH: one sample is a whole javac run of a second or more,
 * and JMH's forks and blackholes add nothing at that scale. Two figures, for two kinds of build:
 * <ul>
 *   <li>warm, as in a build daemon or Maven's JVM after its first module: the same sources
 *       compiled in-process with the JDK's {@code javax.tools} compiler, alternately with the
 *       processor and with {@code -proc:none}, after warm-up runs. The share is the difference of
 *       the medians, of the fastest runs (on a shared machine other work only ever adds time) and
 *       of the compiling thread's CPU time; the time inside the processor itself is measured
 *       around its {@code init} and {@code process} calls;</li>
 *   <li>cold, as on a command line: the {@code javac} command, a fresh JVM per run, alternately
 *       with and without the processor.</li>
 * </ul>
 * Either way the share covers the processor, javac's extra round, and compiling the registry it
 * writes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.healthcheck.benchmarks.ProcessorBenchmark
 * [warmups] [samples] [coldRuns]}, or {@code benchmarks/processor-benchmark.sh}.
 */
public final class ProcessorBenchmark {

  private static final int CLASSES = 200;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessorBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int coldRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path work = Files.createTempDirectory("processor-benchmark");
    try {
      List<Path> sources = AnnotatedSources.write(work.resolve("src"), CLASSES);
      run(work, sources, warmups, samples);
      cold(work, sources, coldRuns);
    } finally {
      delete(work);
    }
  }

  /**
   * The figure of a one-off build: the JDK's {@code javac} command, a fresh JVM each time,
   * alternately with the processor on its processor path and with {@code -proc:none}, so that
   * javac's and the processor's classes load and JIT as on a command line or a first build.
   */
  private static void cold(Path work, List<Path> sources, int runs)
      throws IOException, InterruptedException {
    Path argumentFile = work.resolve("sources.txt");
    Files.write(argumentFile, sources.stream().map(Path::toString).toList());
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      without.add(javacCommand(work, argumentFile, false));
      with.add(javacCommand(work, argumentFile, true));
    }
    System.out.printf(Locale.ROOT, "cold, the javac command (a fresh JVM each run), median of %d:"
            + " %.2f s without the processor, %.2f s with it; share %.3f s%n",
        runs, medianOf(without), medianOf(with), medianOf(with) - medianOf(without));
  }

  private static double javacCommand(Path work, Path argumentFile, boolean withProcessor)
      throws IOException, InterruptedException {
    Path classes = Files.createTempDirectory(work, "classes");
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-classpath", classPath, "-d", classes.toString(), "-s", classes.toString()));
    command.addAll(withProcessor
        ? List.of("-processorpath", classPath, "-processor", HealthCheckProcessor.class.getName())
        : List.of("-proc:none"));
    command.add("@" + argumentFile);
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).inheritIO().start();
    int status = javac.waitFor();
    long nanos = System.nanoTime() - start;
    try {
      if (status != 0) {
        throw new IllegalStateException("javac failed with status " + status);
      }
      requireRegistry(classes, withProcessor);
      return nanos / 1e9;
    } finally {
      delete(classes);
    }
  }

  private static double medianOf(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static void run(Path work, List<Path> sources, int warmups, int samples)
      throws IOException {
    System.out.printf(Locale.ROOT, "javac over %d classes, %,d annotated methods; %d cores, Java %s%n",
        CLASSES, CLASSES * AnnotatedSources.METHODS_PER_CLASS,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    Sample cold = compile(work, sources, true);
    System.out.printf(Locale.ROOT, "cold, the first compilation in this JVM, with the processor:"
            + " %.2f s wall, %.2f s compiler CPU, %.3f s inside the processor%n",
        cold.wall(), cold.cpu(), cold.inside());
    for (int i = 0; i < warmups; i++) {
      compile(work, sources, false);
      compile(work, sources, true);
    }
    List<Sample> without = new ArrayList<>();
    List<Sample> with = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      without.add(compile(work, sources, false));
      with.add(compile(work, sources, true));
    }
    System.out.printf(Locale.ROOT, "warm, %d runs each, alternating:%n", samples);
    System.out.printf(Locale.ROOT,
        "  %-24s %15s %17s %19s%n", "", "median wall", "fastest wall", "median compiler CPU");
    print("without the processor", without, Sample::wall, Sample::cpu);
    print("with the processor", with, Sample::wall, Sample::cpu);
    print("inside the processor", with, Sample::inside, Sample::inside);
    System.out.printf(Locale.ROOT, "processor's share of compile time (with - without): %.3f s"
            + " wall by medians, %.3f s by fastest runs, %.3f s compiler CPU (target: under 0.5 s)%n",
        median(with, Sample::wall) - median(without, Sample::wall),
        min(with, Sample::wall) - min(without, Sample::wall),
        median(with, Sample::cpu) - median(without, Sample::cpu));
  }

  private static void print(
      String label, List<Sample> samples, ToDoubleFunction<Sample> wall, ToDoubleFunction<Sample> cpu) {
    System.out.printf(Locale.ROOT, "  %-24s %13.3f s %15.3f s %17.3f s%n",
        label, median(samples, wall), min(samples, wall), median(samples, cpu));
  }

  /** One compilation of the sources into a fresh directory, with or without the processor. */
  private static Sample compile(Path work, List<Path> sources, boolean withProcessor)
      throws IOException {
    Path classes = Files.createTempDirectory(work, "classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of(
          "-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString(),
          "-s", classes.toString()));
      if (!withProcessor) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(
          null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      TimedProcessor processor = new TimedProcessor(new HealthCheckProcessor());
      if (withProcessor) {
        task.setProcessors(List.of(processor));
      }
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      boolean compiled = task.call();
      long cpuNanos = THREADS.getCurrentThreadCpuTime() - startCpu;
      long nanos = System.nanoTime() - start;
      if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
        throw new IllegalStateException("javac reported " + diagnostics.getDiagnostics());
      }
      requireRegistry(classes, withProcessor);
      return new Sample(nanos, cpuNanos, processor.nanos());
    } finally {
      delete(classes);
    }
  }

  /** Guards the figure: the processor must really have written and compiled the registry. */
  private static void requireRegistry(Path classes, boolean withProcessor) {
    Path registry = classes.resolve("com/example/bench/GeneratedHealthRegistry.class");
    if (Files.exists(registry) != withProcessor) {
      throw new IllegalStateException(registry + (withProcessor ? " is missing" : " exists"));
    }
  }

  /** The least disturbed run: on a shared machine, other work only ever adds time. */
  private static double min(List<Sample> samples, ToDoubleFunction<Sample> figure) {
    return samples.stream().mapToDouble(figure).min().orElseThrow();
  }

  private static double median(List<Sample> samples, ToDoubleFunction<Sample> figure) {
    return medianOf(samples.stream().map(figure::applyAsDouble).toList());
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * One compilation: its wall time, the CPU time of the thread that ran javac (javac compiles on
   * the caller's thread; other processes on the machine barely change it), and the time spent
   * inside the processor.
   */
  private record Sample(long wallNanos, long cpuNanos, long insideNanos) {
    double wall() {
      return wallNanos / 1e9;
    }

    double cpu() {
      return cpuNanos / 1e9;
    }

    double inside() {
      return insideNanos / 1e9;
    }
  }
}
