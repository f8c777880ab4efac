package com.example;

import com.example.a.Checks;
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
    this(new Checks(), new com.example.b.Checks());
  }

  private GeneratedHealthRegistry(Checks comExampleAChecks,
      com.example.b.Checks comExampleBChecks) {
    addComExampleAChecks(comExampleAChecks);
    addComExampleBChecks(comExampleBChecks);
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

  private void addComExampleAChecks(Checks comExampleAChecks) {
    this.checks.add(CheckDefinition.of("a", new ComExampleAChecksCalls(comExampleAChecks, 0)));
  }

  private void addComExampleBChecks(com.example.b.Checks comExampleBChecks) {
    this.checks.add(CheckDefinition.of("b", new ComExampleBChecksCalls(comExampleBChecks, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private Checks comExampleAChecks;

    private com.example.b.Checks comExampleBChecks;

    private Builder() {
    }

    /**
     * The instance of {@link Checks} whose methods the registry calls.
     */
    public Builder comExampleAChecks(Checks comExampleAChecks) {
      this.comExampleAChecks = Objects.requireNonNull(comExampleAChecks, "comExampleAChecks");
      return this;
    }

    /**
     * The instance of {@link com.example.b.Checks} whose methods the registry calls.
     */
    public Builder comExampleBChecks(com.example.b.Checks comExampleBChecks) {
      this.comExampleBChecks = Objects.requireNonNull(comExampleBChecks, "comExampleBChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(comExampleAChecks != null ? comExampleAChecks : new Checks(),
          comExampleBChecks != null ? comExampleBChecks : new com.example.b.Checks());
    }
  }

  /**
   * Calls the annotated methods of {@link Checks}, each chosen by its number.
   */
  private static final class ComExampleAChecksCalls implements Check {
    private final Checks comExampleAChecks;

    private final int method;

    private ComExampleAChecksCalls(Checks comExampleAChecks, int method) {
      this.comExampleAChecks = comExampleAChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleAChecks.check());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link com.example.b.Checks}, each chosen by its number.
   */
  private static final class ComExampleBChecksCalls implements Check {
    private final com.example.b.Checks comExampleBChecks;

    private final int method;

    private ComExampleBChecksCalls(com.example.b.Checks comExampleBChecks, int method) {
      this.comExampleBChecks = comExampleBChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleBChecks.check());
        default -> throw new AssertionError(method);
      };
    }
  }
}
