package com.example;

import dev.healthcheck.runtime.AsyncCheck;
import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckResult;
import dev.healthcheck.runtime.HealthRegistry;
import dev.healthcheck.runtime.SectionDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
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
    this.checks.add(CheckDefinition.of("result", new ShapeChecksCalls(shapeChecks, 0)));
    this.checks.add(CheckDefinition.of("flag", new ShapeChecksCalls(shapeChecks, 1)));
    this.checks.add(CheckDefinition.of("touch", new ShapeChecksCalls(shapeChecks, 2)));
    this.checks.add(CheckDefinition.async("remote", new ShapeChecksCalls(shapeChecks, 3)));
    this.checks.add(CheckDefinition.async("future", new ShapeChecksCalls(shapeChecks, 4)));
    this.checks.add(CheckDefinition.of("staticResult", new ShapeChecksCalls(shapeChecks, 5)));
    this.checks.add(CheckDefinition.of("staticFlag", new ShapeChecksCalls(shapeChecks, 6)));
    this.checks.add(CheckDefinition.of("staticTouch", new ShapeChecksCalls(shapeChecks, 7)));
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

  /**
   * Calls the annotated methods of {@link ShapeChecks}, each chosen by its number.
   */
  private static final class ShapeChecksCalls implements Check, AsyncCheck {
    private final ShapeChecks shapeChecks;

    private final int method;

    private ShapeChecksCalls(ShapeChecks shapeChecks, int method) {
      this.shapeChecks = shapeChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> shapeChecks.result();
        case 1 -> CheckResult.of(shapeChecks.flag());
        case 2 -> {
          shapeChecks.touch();
          yield CheckResult.ok("");
        }
        case 5 -> ShapeChecks.staticResult();
        case 6 -> CheckResult.of(ShapeChecks.staticFlag());
        case 7 -> {
          ShapeChecks.staticTouch();
          yield CheckResult.ok("");
        }
        default -> throw new AssertionError(method);
      };
    }

    @Override
    public CompletionStage<CheckResult> start() throws Exception {
      return switch (method) {
        case 3 -> shapeChecks.remote();
        case 4 -> shapeChecks.future();
        default -> throw new AssertionError(method);
      };
    }
  }
}
