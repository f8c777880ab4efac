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
    this(new LimitedChecks());
  }

  private GeneratedHealthRegistry(LimitedChecks limitedChecks) {
    addLimitedChecks(limitedChecks);
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

  private void addLimitedChecks(LimitedChecks limitedChecks) {
    this.checks.add(CheckDefinition.of("pong", new LimitedChecksCalls(limitedChecks, 0))
        .groups("readiness", "startup").timeoutMillis(500).critical(false));
    this.sections.add(new SectionDefinition("limits", new LimitedChecksCalls(limitedChecks, 1)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private LimitedChecks limitedChecks;

    private Builder() {
    }

    /**
     * The instance of {@link LimitedChecks} whose methods the registry calls.
     */
    public Builder limitedChecks(LimitedChecks limitedChecks) {
      this.limitedChecks = Objects.requireNonNull(limitedChecks, "limitedChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(limitedChecks != null ? limitedChecks : new LimitedChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link LimitedChecks}, each chosen by its number.
   */
  private static final class LimitedChecksCalls implements Check, Section {
    private final LimitedChecks limitedChecks;

    private final int method;

    private LimitedChecksCalls(LimitedChecks limitedChecks, int method) {
      this.limitedChecks = limitedChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(limitedChecks.ping());
        default -> throw new AssertionError(method);
      };
    }

    @Override
    public Object value() throws Exception {
      return switch (method) {
        case 1 -> LimitedChecks.limits();
        default -> throw new AssertionError(method);
      };
    }
  }
}
