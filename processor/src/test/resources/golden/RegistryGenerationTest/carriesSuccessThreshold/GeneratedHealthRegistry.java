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
    this(new QueueChecks());
  }

  private GeneratedHealthRegistry(QueueChecks queueChecks) {
    addQueueChecks(queueChecks);
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

  private void addQueueChecks(QueueChecks queueChecks) {
    this.checks.add(CheckDefinition.of("depth", new QueueChecksCalls(queueChecks, 0))
        .successThreshold(2));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private QueueChecks queueChecks;

    private Builder() {
    }

    /**
     * The instance of {@link QueueChecks} whose methods the registry calls.
     */
    public Builder queueChecks(QueueChecks queueChecks) {
      this.queueChecks = Objects.requireNonNull(queueChecks, "queueChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(queueChecks != null ? queueChecks : new QueueChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link QueueChecks}, each chosen by its number.
   */
  private static final class QueueChecksCalls implements Check {
    private final QueueChecks queueChecks;

    private final int method;

    private QueueChecksCalls(QueueChecks queueChecks, int method) {
      this.queueChecks = queueChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(queueChecks.depth());
        default -> throw new AssertionError(method);
      };
    }
  }
}
