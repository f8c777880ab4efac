package com.example;

import com.example.generated.GeneratedChecks;
import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.Section;
import dev.healthcheck.runtime.SectionDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
   * A registry over a new instance of each class; {@link java.util.ServiceLoader} calls it.
   */
  public GeneratedHealthRegistry() {
    this(new AppChecks());
  }

  private GeneratedHealthRegistry(AppChecks appChecks) {
    addAppChecks(appChecks);
    addGeneratedChecks();
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

  private void addAppChecks(AppChecks appChecks) {
    this.checks.add(CheckDefinition.of("ping", new AppChecksCalls(appChecks, 0)));
    this.sections.add(new SectionDefinition("info", new AppChecksCalls(appChecks, 1)));
  }

  private void addGeneratedChecks() {
    this.checks.add(CheckDefinition.of("generated", new GeneratedChecksCalls(0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private AppChecks appChecks;

    private Builder() {
    }

    /**
     * The instance of {@link AppChecks} whose methods the registry calls.
     */
    public Builder appChecks(AppChecks appChecks) {
      this.appChecks = Objects.requireNonNull(appChecks, "appChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(appChecks != null ? appChecks : new AppChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link AppChecks}, each chosen by its number.
   */
  private static final class AppChecksCalls implements Check, Section {
    private final AppChecks appChecks;

    private final int method;

    private AppChecksCalls(AppChecks appChecks, int method) {
      this.appChecks = appChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(appChecks.ping());
        default -> throw new AssertionError(method);
      };
    }

    @Override
    public Object value() throws Exception {
      return switch (method) {
        case 1 -> AppChecks.info();
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link GeneratedChecks}, each chosen by its number.
   */
  private static final class GeneratedChecksCalls implements Check {
    private final int method;

    private GeneratedChecksCalls(int method) {
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(GeneratedChecks.generated());
        default -> throw new AssertionError(method);
      };
    }
  }
}
