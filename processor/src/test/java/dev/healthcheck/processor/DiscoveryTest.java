package dev.healthcheck.processor;

import static dev.healthcheck.processor.Compilations.compile;
import static dev.healthcheck.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.HealthReport;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules, each compiled on its own with its own registry and service file, on one class
 * path: {@code HealthRegistry.discover} finds both, without scanning.
 */
class DiscoveryTest {

  @Test
  void discoversTheRegistryOfEachModuleOnTheClassPath(@TempDir Path orders, @TempDir Path billing)
      throws IOException {
    CompiledModule.write(compile(source("com.shop.orders.OrderChecks", """
        package com.shop.orders;

        import dev.healthcheck.annotations.HealthCheck;

        public class OrderChecks {
          @HealthCheck(groups = "readiness")
          public boolean orders() {
            return true;
          }
        }
        """)), orders);
    CompiledModule.write(compile(source("com.shop.billing.BillingChecks", """
        package com.shop.billing;

        import dev.healthcheck.annotations.HealthCheck;
        import dev.healthcheck.runtime.CheckResult;

        public class BillingChecks {
          @HealthCheck
          public static CheckResult billing() {
            return CheckResult.fail("ledger offline");
          }
        }
        """)), billing);

    try (URLClassLoader classPath = CompiledModule.classLoader(orders, billing)) {
      List<HealthRegistry> registries = HealthRegistry.discover(classPath);

      assertEquals(
          List.of("com.shop.billing.GeneratedHealthRegistry",
              "com.shop.orders.GeneratedHealthRegistry"),
          registries.stream().map(registry -> registry.getClass().getName()).sorted().toList());
      HealthChecker checker = HealthChecker.of(registries.toArray(HealthRegistry[]::new));
      assertEquals(List.of("billing", "orders"),
          checker.checks().stream().map(CheckDefinition::name).sorted().toList());
      HealthReport report = checker.report();
      assertEquals(HealthReport.Status.FAIL, report.status());
      assertEquals(List.of("billing: false ledger offline", "orders: true "),
          report.results().stream()
              .map(result -> result.checker() + ": " + result.passed() + " " + result.output())
              .sorted().toList());
    }
  }
}
