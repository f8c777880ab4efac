package dev.healthcheck.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the application the processor benchmark compiles: classes of annotated methods in ten
 * packages below {@code com.example.bench}, with every shape the processor accepts (the four
 * check return types, static and instance methods, names, groups, timeouts, {@code critical},
 * sections), the way a large service would hold them.
 */
final class AnnotatedSources {

  /** Annotated methods per class: nine checks and one section. */
  static final int METHODS_PER_CLASS = 10;

  private AnnotatedSources() {}

  /** Writes {@code classes} source files under {@code directory}; returns them. */
  static List<Path> write(Path directory, int classes) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      String packageName = "com.example.bench.m" + (i % 10);
      String className = "Service" + i + "Checks";
      Path file = directory.resolve(packageName.replace('.', '/')).resolve(className + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source(packageName, className, i));
      files.add(file);
    }
    return files;
  }

  private static String source(String packageName, String className, int index) {
    return """
        package %1$s;

        import dev.healthcheck.annotations.EnvironmentSection;
        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;
        import java.io.IOException;
        import java.util.Map;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;

        public class %2$s {
          private final String host = "service-%3$d.internal";

          @HealthCheck(name = "service%3$d.database", groups = "readiness", timeoutMillis = 500)
          public CheckResult database() {
            return CheckResult.ok(host + " database reachable");
          }

          @HealthCheck(name = "service%3$d.cache", groups = {"readiness", "liveness"})
          public boolean cache() {
            return !host.isEmpty();
          }

          @HealthCheck
          public void disk%3$d() throws IOException {
            if (host.isEmpty()) {
              throw new IOException("no host");
            }
          }

          @HealthCheck(name = "service%3$d.remote", timeoutMillis = 2_000)
          public CompletionStage<CheckResult> remote() {
            return CompletableFuture.completedFuture(CheckResult.ok("remote"));
          }

          @HealthCheck(name = "service%3$d.queue", critical = false)
          public CheckResult queue() {
            return CheckResult.fail("queue depth unknown");
          }

          @HealthCheck(name = "service%3$d.static")
          public static boolean staticFlag() {
            return true;
          }

          @HealthCheck(name = "service%3$d.touch", groups = "startup")
          public static void touch() {}

          @HealthCheck(name = "service%3$d.config")
          public static CheckResult config() throws Exception {
            return CheckResult.ok("config loaded");
          }

          @HealthCheck(name = "service%3$d.pool", groups = "readiness")
          public boolean pool() {
            return true;
          }

          @EnvironmentSection("service%3$d")
          public static Map<String, String> info() {
            return Map.of("index", "%3$d");
          }
        }
        """.formatted(packageName, className, index);
  }
}
