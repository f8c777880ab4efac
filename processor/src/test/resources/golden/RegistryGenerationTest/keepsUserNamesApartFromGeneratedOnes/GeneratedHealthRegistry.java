package com.example;

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
    this(new com.example.Builder(), new Check(), new Method());
  }

  private GeneratedHealthRegistry(com.example.Builder builder, Check check, Method method) {
    addBuilder(builder);
    addCheck(check);
    addMethod(method);
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

  private void addBuilder(com.example.Builder builder) {
    this.checks.add(CheckDefinition.of("build", new BuilderCalls(builder, 0)));
  }

  private void addCheck(Check check) {
    this.checks.add(CheckDefinition.of("checks", new CheckCalls(check, 0)));
  }

  private void addMethod(Method method) {
    this.sections.add(new SectionDefinition("method", new MethodCalls(method, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private com.example.Builder builder;

    private Check check;

    private Method method;

    private Builder() {
    }

    /**
     * The instance of {@link com.example.Builder} whose methods the registry calls.
     */
    public Builder builder(com.example.Builder builder) {
      this.builder = Objects.requireNonNull(builder, "builder");
      return this;
    }

    /**
     * The instance of {@link Check} whose methods the registry calls.
     */
    public Builder check(Check check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * The instance of {@link Method} whose methods the registry calls.
     */
    public Builder method(Method method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(builder != null ? builder : new com.example.Builder(),
          check != null ? check : new Check(), method != null ? method : new Method());
    }
  }

  /**
   * Calls the annotated methods of {@link com.example.Builder}, each chosen by its number.
   */
  private static final class BuilderCalls implements dev.healthcheck.runtime.Check {
    private final com.example.Builder builder;

    private final int method;

    private BuilderCalls(com.example.Builder builder, int method) {
      this.builder = builder;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(builder.build());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Check}, each chosen by its number.
   */
  private static final class CheckCalls implements dev.healthcheck.runtime.Check {
    private final Check check;

    private final int method;

    private CheckCalls(Check check, int method) {
      this.check = check;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(check.checks());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Method}, each chosen by its number.
   */
  private static final class MethodCalls implements Section {
    private final Method method;

    private final int method_;

    private MethodCalls(Method method, int method_) {
      this.method = method;
      this.method_ = method_;
    }

    @Override
    public Object value() throws Exception {
      return switch (method_) {
        case 0 -> method.method();
        default -> throw new AssertionError(method_);
      };
    }
  }
}
