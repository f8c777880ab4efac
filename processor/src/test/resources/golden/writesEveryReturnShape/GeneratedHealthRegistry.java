package com.example;

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
    this(new ShapeChecks());
  }

  private GeneratedHealthRegistry(ShapeChecks shapeChecks) {
    addShapeChecks(shapeChecks);
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

  private void addShapeChecks(ShapeChecks shapeChecks) {
    this.checks.add(CheckDefinition.of("result", shapeChecks::result));
    this.checks.add(CheckDefinition.of("flag", () -> CheckResult.of(shapeChecks.flag())));
    this.checks.add(CheckDefinition.of("touch", () -> {
      shapeChecks.touch();
      return CheckResult.ok("");
    }));
    this.checks.add(CheckDefinition.async("remote", shapeChecks::remote));
    this.checks.add(CheckDefinition.async("future", shapeChecks::future));
    this.checks.add(CheckDefinition.of("staticResult", ShapeChecks::staticResult));
    this.checks.add(CheckDefinition.of("staticFlag",
        () -> CheckResult.of(ShapeChecks.staticFlag())));
    this.checks.add(CheckDefinition.of("staticTouch", () -> {
      ShapeChecks.staticTouch();
      return CheckResult.ok("");
    }));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private ShapeChecks shapeChecks;

    private Builder() {
    }

    /**
     * The instance of {@link ShapeChecks} whose methods the registry calls.
     */
    public Builder shapeChecks(ShapeChecks shapeChecks) {
      this.shapeChecks = Objects.requireNonNull(shapeChecks, "shapeChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(shapeChecks != null ? shapeChecks : new ShapeChecks());
    }
  }
}
