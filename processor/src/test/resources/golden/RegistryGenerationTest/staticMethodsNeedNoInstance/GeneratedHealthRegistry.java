package com.example;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.Section;
import dev.healthcheck.runtime.SectionDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The health checks and environment sections of the {@code @HealthCheck} and
 * {@code @EnvironmentSection} methods of this compilation, written by
 * healthcheck-processor. Each check calls its method directly.
 */
@Generated("dev.healthcheck.processor.HealthCheckProcessor")
public final class GeneratedHealthRegistry implements HealthRegistry {
  private final List<CheckDefinition> checks = new ArrayList<>();

  private final List<SectionDefinition> sections = new ArrayList<>();

  /**
   * A registry of static methods; {@link java.util.ServiceLoader} calls it.
   */
  public GeneratedHealthRegistry() {
    addDiskChecks();
  }

  /**
   * The registry over a new instance of each class it calls.
   */
  public static GeneratedHealthRegistry create() {
    return new GeneratedHealthRegistry();
  }

  /**
   * A builder that takes the instances to call, such as ones a container made.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<CheckDefinition> checks() {
    return Collections.unmodifiableList(checks);
  }

  @Override
  public List<SectionDefinition> sections() {
    return Collections.unmodifiableList(sections);
  }

  private void addDiskChecks() {
    this.checks.add(CheckDefinition.of("free", new DiskChecksCalls(0)).groups("liveness"));
    this.sections.add(new SectionDefinition("disk", new DiskChecksCalls(1)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private Builder() {
    }

    /**
     * The registry of static methods.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry();
    }
  }

  /**
   * Calls the annotated methods of {@link DiskChecks}, each chosen by its number.
   */
  private static final class DiskChecksCalls implements Check, Section {
    private final int method;

    private DiskChecksCalls(int method) {
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(DiskChecks.free());
        default -> throw new AssertionError(method);
      };
    }

    @Override
    public Object value() throws Exception {
      return switch (method) {
        case 1 -> DiskChecks.disk();
        default -> throw new AssertionError(method);
      };
    }
  }
}
