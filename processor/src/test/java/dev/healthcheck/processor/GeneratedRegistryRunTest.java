package dev.healthcheck.processor;

import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthQuery;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.HealthReport;
import dev.healthcheck.runtime.SectionDefinition;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path users follow: compile application code with the processor, then run the generated
 * registry with the runtime's {@link HealthChecker} and read real results.
 */
class GeneratedRegistryRunTest {

  private static final String APP_CHECKS = """
      package com.example.app;

      import dev.healthcheck.annotations.EnvironmentSection;
      import dev.healthcheck.annotations.HealthCheck;
      import dev.healthcheck.runtime.CheckResult;
      import java.io.IOException;
      import java.util.Map;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.CompletionStage;

      public class AppChecks {
        private final String database = "orders";

        @HealthCheck(groups = "readiness")
        public CheckResult database() {
          return CheckResult.ok(database + " reachable");
        }

        @HealthCheck(groups = {"readiness", "liveness"})
        public boolean cache() {
          return false;
        }

        @HealthCheck
        public void disk() {}

        @HealthCheck(name = "remote")
        public CompletionStage<CheckResult> remoteService() {
          return CompletableFuture.supplyAsync(() -> CheckResult.ok("remote answered"));
        }

        @HealthCheck
        public static boolean broken() throws IOException {
          throw new IOException("disk unreadable");
        }

        @HealthCheck
        public static void legacy() throws Throwable {
          throw new Throwable("legacy failure");
        }

        @HealthCheck(timeoutMillis = 50)
        public static void slow() throws InterruptedException {
          Thread.sleep(2_000);
        }

        @HealthCheck(critical = false)
        public static CheckResult optional() {
          return CheckResult.fail("optional feature down");
        }

        @EnvironmentSection("application")
        public static Map<String, String> application() {
          return Map.of("name", "shop");
        }
      }
      """;

  @Test
  void runsEveryShapeThroughTheHealthChecker(@TempDir Path output) throws Exception {
    CompiledModule.write(compile(source("com.example.app.AppChecks", APP_CHECKS)), output);

    try (URLClassLoader classPath = CompiledModule.classLoader(output)) {
      HealthRegistry registry = (HealthRegistry) classPath
          .loadClass("com.example.app.GeneratedHealthRegistry").getMethod("create").invoke(null);
      HealthChecker checker = HealthChecker.of(registry);
      HealthReport report = checker.report();

      assertEquals(
          Map.of(
              "database", "passed: orders reachable",
              "cache", "failed: returned false",
              "disk", "passed: ",
              "remote", "passed: remote answered",
              "broken", "failed: java.io.IOException: disk unreadable",
              "legacy", "failed: java.lang.Throwable: legacy failure",
              "slow", "failed: timed out after 50 ms",
              "optional", "failed: optional feature down"),
          outcomes(report));
      assertEquals(HealthReport.Status.FAIL, report.status());
      assertEquals(List.of("optional"), report.results().stream()
          .filter(result -> !result.critical()).map(CheckReport::checker).toList());
      assertEquals(List.of("database", "cache"), checker.report(HealthQuery.named("readiness"))
          .results().stream().map(CheckReport::checker).toList());
      assertEquals(List.of("cache"), checker.report(HealthQuery.named("liveness"))
          .results().stream().map(CheckReport::checker).toList());
      SectionDefinition section = registry.sections().get(0);
      assertEquals("application", section.name());
      assertEquals(Map.of("name", "shop"), section.section().value());
    }
  }

  @Test
  void builderTakesInstancesAndNamesTheOneItCannotConstruct(@TempDir Path output)
      throws Exception {
    CompiledModule.write(compile(source("com.example.app.MailChecks", """
        package com.example.app;

        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;

        public class MailChecks {
          private final String host;

          public MailChecks(String host) {
            this.host = host;
          }

          @HealthCheck
          public CheckResult smtp() {
            return CheckResult.ok("connected to " + host);
          }
        }
        """)), output);

    try (URLClassLoader classPath = CompiledModule.classLoader(output)) {
      Class<?> registryClass = classPath.loadClass("com.example.app.GeneratedHealthRegistry");
      Class<?> mailChecks = classPath.loadClass("com.example.app.MailChecks");
      Object builder = registryClass.getMethod("builder").invoke(null);
      Class<?> builderClass = builder.getClass();

      InvocationTargetException missing = assertThrows(InvocationTargetException.class,
          () -> builderClass.getMethod("build").invoke(builder));
      assertEquals(IllegalStateException.class, missing.getCause().getClass());
      assertEquals("call mailChecks(...) before build(): GeneratedHealthRegistry cannot construct"
          + " a com.example.app.MailChecks", missing.getCause().getMessage());
      assertFalse(List.of(registryClass.getMethods()).stream()
              .anyMatch(method -> method.getName().equals("create")),
          "no create() without a no-argument constructor");

      Object instance = mailChecks.getConstructor(String.class).newInstance("smtp.example.com");
      builderClass.getMethod("mailChecks", mailChecks).invoke(builder, instance);
      HealthRegistry registry = (HealthRegistry) builderClass.getMethod("build").invoke(builder);
      assertEquals(Map.of("smtp", "passed: connected to smtp.example.com"),
          outcomes(HealthChecker.of(registry).report()));
    }
  }

  @Test
  void builderNamesEveryInstanceItCannotConstruct(@TempDir Path output) throws Exception {
    CompiledModule.write(compile(
        source("com.example.app.MailChecks", """
            package com.example.app;

            import dev.healthcheck.annotations.HealthCheck;

            public class MailChecks {
              public MailChecks(String host) {}

              @HealthCheck
              public boolean smtp() {
                return true;
              }
            }
            """),
        source("com.example.app.QueueChecks", """
            package com.example.app;

            import dev.healthcheck.annotations.HealthCheck;

            public class QueueChecks {
              public QueueChecks(String queue) {}

              @HealthCheck
              public boolean depth() {
                return true;
              }
            }
            """)), output);

    try (URLClassLoader classPath = CompiledModule.classLoader(output)) {
      Class<?> registryClass = classPath.loadClass("com.example.app.GeneratedHealthRegistry");
      Class<?> mailChecks = classPath.loadClass("com.example.app.MailChecks");
      Object builder = registryClass.getMethod("builder").invoke(null);
      Class<?> builderClass = builder.getClass();

      assertEquals("GeneratedHealthRegistry cannot construct every instance it calls; call"
              + " mailChecks(...) for a com.example.app.MailChecks and queueChecks(...) for a"
              + " com.example.app.QueueChecks before build()",
          buildFailure(builder));
      builderClass.getMethod("mailChecks", mailChecks)
          .invoke(builder, mailChecks.getConstructor(String.class).newInstance("smtp"));
      assertEquals("GeneratedHealthRegistry cannot construct every instance it calls; call"
              + " queueChecks(...) for a com.example.app.QueueChecks before build()",
          buildFailure(builder));
    }
  }

  @Test
  void carriesTheOperationsAttributesToEachCheckDefinition(@TempDir Path output) throws Exception {
    CompiledModule.write(compile(source("com.example.app.QueueChecks", """
        package com.example.app;

        import dev.healthcheck.annotations.HealthCheck;

        public class QueueChecks {
          @HealthCheck(successTtlMillis = 5_000, failedTtlMillis = 0, refreshMillis = 15_000,
              failureThreshold = 3, successThreshold = 2)
          public static boolean depth() {
            return true;
          }

          @HealthCheck
          public static boolean lag() {
            return true;
          }
        }
        """)), output);

    try (URLClassLoader classPath = CompiledModule.classLoader(output)) {
      HealthRegistry registry = (HealthRegistry) classPath
          .loadClass("com.example.app.GeneratedHealthRegistry").getMethod("create").invoke(null);
      CheckDefinition depth = registry.checks().get(0);
      CheckDefinition lag = registry.checks().get(1);

      assertEquals(List.of(Duration.ofSeconds(5), Duration.ZERO, Duration.ofSeconds(15), 3, 2),
          Arrays.asList(depth.successTtl(), depth.failedTtl(), depth.refresh(),
              depth.failureThreshold(), depth.successThreshold()));
      assertEquals(Arrays.asList(null, null, null, 1, 1),
          Arrays.asList(lag.successTtl(), lag.failedTtl(), lag.refresh(),
              lag.failureThreshold(), lag.successThreshold()));
    }
  }

  /** The message of the IllegalStateException that the builder's build() throws. */
  private static String buildFailure(Object builder) {
    InvocationTargetException failure = assertThrows(InvocationTargetException.class,
        () -> builder.getClass().getMethod("build").invoke(builder));
    assertEquals(IllegalStateException.class, failure.getCause().getClass());
    return failure.getCause().getMessage();
  }

  /** Each check's outcome by name; two checks of one name fail the test, which would hide one. */
  private static Map<String, String> outcomes(HealthReport report) {
    return report.results().stream().collect(Collectors.toMap(
        CheckReport::checker,
        result -> (result.passed() ? "passed: " : "failed: ") + result.output(),
        (first, second) -> {
          throw new AssertionError("two checks of one name: " + first + ", " + second);
        },
        TreeMap::new));
  }
}
