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
@SuppressWarnings({"deprecation", "removal"})
public final class GeneratedHealthRegistry implements HealthRegistry {
  private final List<CheckDefinition> checks = new ArrayList<>();

  private final List<SectionDefinition> sections = new ArrayList<>();

  /**
   * A registry over a new instance of each class; {@link java.util.ServiceLoader} calls it.
   */
  public GeneratedHealthRegistry() {
    this(new PoolChecks());
  }

  private GeneratedHealthRegistry(PoolChecks poolChecks) {
    addPoolChecks(poolChecks);
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

  private void addPoolChecks(PoolChecks poolChecks) {
    this.checks.add(CheckDefinition.of("pool", new PoolChecksCalls(poolChecks, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private PoolChecks poolChecks;

    private Builder() {
    }

    /**
     * The instance of {@link PoolChecks} whose methods the registry calls.
     */
    public Builder poolChecks(PoolChecks poolChecks) {
      this.poolChecks = Objects.requireNonNull(poolChecks, "poolChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(poolChecks != null ? poolChecks : new PoolChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link PoolChecks}, each chosen by its number.
   */
  private static final class PoolChecksCalls implements Check {
    private final PoolChecks poolChecks;

    private final int method;

    private PoolChecksCalls(PoolChecks poolChecks, int method) {
      this.poolChecks = poolChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(poolChecks.pool());
        default -> throw new AssertionError(method);
      };
    }
  }
}
