package dev.healthcheck.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A set of health checks and environment sections, usually the {@code GeneratedHealthRegistry}
 * that {@code healthcheck-processor} writes from {@code @HealthCheck} and
 * {@code @EnvironmentSection} methods. Its checks call the annotated methods directly.
 */
public interface HealthRegistry {

  /** {@return the checks, in the order the registry declares them} */
  default List<CheckDefinition> checks() {
    return List.of();
  }

  /** {@return the environment sections, in the order the registry declares them} */
  default List<SectionDefinition> sections() {
    return List.of();
  }

  /**
   * Finds the registries of every module on the class path, through the
   * {@code META-INF/services/dev.healthcheck.runtime.HealthRegistry} files that the processor
   * writes: no class path scanning, no reflection beyond {@link ServiceLoader}'s constructor call.
   *
   * @return the registries found, in the order the class loader lists them
   */
  static List<HealthRegistry> discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /**
   * Finds the registries that {@code classLoader} can see; see {@link #discover()}.
   *
   * @param classLoader the class loader whose {@code META-INF/services} files to read
   * @return the registries found, in the order the class loader lists them
   */
  static List<HealthRegistry> discover(ClassLoader classLoader) {
    List<HealthRegistry> registries = new ArrayList<>();
    ServiceLoader.load(HealthRegistry.class, classLoader).forEach(registries::add);
    return List.copyOf(registries);
  }
}
