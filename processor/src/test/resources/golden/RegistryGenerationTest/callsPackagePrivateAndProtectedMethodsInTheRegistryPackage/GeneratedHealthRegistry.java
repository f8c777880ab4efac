package com.example;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthRegistry;
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
    this(new LocalChecks());
  }

  private GeneratedHealthRegistry(LocalChecks localChecks) {
    addLocalChecks(localChecks);
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

  private void addLocalChecks(LocalChecks localChecks) {
    this.checks.add(CheckDefinition.of("packagePrivate", new LocalChecksCalls(localChecks, 0)));
    this.checks.add(CheckDefinition.of("isProtected", new LocalChecksCalls(localChecks, 1)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private LocalChecks localChecks;

    private Builder() {
    }

    /**
     * The instance of {@link LocalChecks} whose methods the registry calls.
     */
    public Builder localChecks(LocalChecks localChecks) {
      this.localChecks = Objects.requireNonNull(localChecks, "localChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(localChecks != null ? localChecks : new LocalChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link LocalChecks}, each chosen by its number.
   */
  private static final class LocalChecksCalls implements Check {
    private final LocalChecks localChecks;

    private final int method;

    private LocalChecksCalls(LocalChecks localChecks, int method) {
      this.localChecks = localChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(localChecks.packagePrivate());
        case 1 -> CheckResult.of(LocalChecks.isProtected());
        default -> throw new AssertionError(method);
      };
    }
  }
}
