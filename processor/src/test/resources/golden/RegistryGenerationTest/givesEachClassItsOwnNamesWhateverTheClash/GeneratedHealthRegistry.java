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
    this(new ComExampleAChecks(), new Db.Checks(), new DbChecks(), new Checks(),
        new com.example.b.Checks());
  }

  private GeneratedHealthRegistry(ComExampleAChecks comExampleAChecks, Db.Checks comExampleDbChecks,
      DbChecks comExampleDbChecks2, Checks comExampleAChecks2,
      com.example.b.Checks comExampleBChecks) {
    addComExampleAChecks(comExampleAChecks);
    addComExampleDbChecks(comExampleDbChecks);
    addComExampleDbChecks2(comExampleDbChecks2);
    addComExampleAChecks2(comExampleAChecks2);
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

  private void addComExampleAChecks(ComExampleAChecks comExampleAChecks) {
    this.checks.add(CheckDefinition.of("named", new ComExampleAChecksCalls(comExampleAChecks, 0)));
  }

  private void addComExampleDbChecks(Db.Checks comExampleDbChecks) {
    this.checks.add(CheckDefinition.of("replica",
        new ComExampleDbChecksCalls(comExampleDbChecks, 0)));
  }

  private void addComExampleDbChecks2(DbChecks comExampleDbChecks2) {
    this.checks.add(CheckDefinition.of("pool",
        new ComExampleDbChecks2Calls(comExampleDbChecks2, 0)));
  }

  private void addComExampleAChecks2(Checks comExampleAChecks2) {
    this.checks.add(CheckDefinition.of("a", new ComExampleAChecks2Calls(comExampleAChecks2, 0)));
  }

  private void addComExampleBChecks(com.example.b.Checks comExampleBChecks) {
    this.checks.add(CheckDefinition.of("b", new ComExampleBChecksCalls(comExampleBChecks, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private ComExampleAChecks comExampleAChecks;

    private Db.Checks comExampleDbChecks;

    private DbChecks comExampleDbChecks2;

    private Checks comExampleAChecks2;

    private com.example.b.Checks comExampleBChecks;

    private Builder() {
    }

    /**
     * The instance of {@link ComExampleAChecks} whose methods the registry calls.
     */
    public Builder comExampleAChecks(ComExampleAChecks comExampleAChecks) {
      this.comExampleAChecks = Objects.requireNonNull(comExampleAChecks, "comExampleAChecks");
      return this;
    }

    /**
     * The instance of {@link Db.Checks} whose methods the registry calls.
     */
    public Builder comExampleDbChecks(Db.Checks comExampleDbChecks) {
      this.comExampleDbChecks = Objects.requireNonNull(comExampleDbChecks, "comExampleDbChecks");
      return this;
    }

    /**
     * The instance of {@link DbChecks} whose methods the registry calls.
     */
    public Builder comExampleDbChecks2(DbChecks comExampleDbChecks2) {
      this.comExampleDbChecks2 = Objects.requireNonNull(comExampleDbChecks2, "comExampleDbChecks2");
      return this;
    }

    /**
     * The instance of {@link Checks} whose methods the registry calls.
     */
    public Builder comExampleAChecks2(Checks comExampleAChecks2) {
      this.comExampleAChecks2 = Objects.requireNonNull(comExampleAChecks2, "comExampleAChecks2");
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
      return new GeneratedHealthRegistry(comExampleAChecks != null ? comExampleAChecks : new ComExampleAChecks(),
          comExampleDbChecks != null ? comExampleDbChecks : new Db.Checks(),
          comExampleDbChecks2 != null ? comExampleDbChecks2 : new DbChecks(),
          comExampleAChecks2 != null ? comExampleAChecks2 : new Checks(),
          comExampleBChecks != null ? comExampleBChecks : new com.example.b.Checks());
    }
  }

  /**
   * Calls the annotated methods of {@link ComExampleAChecks}, each chosen by its number.
   */
  private static final class ComExampleAChecksCalls implements Check {
    private final ComExampleAChecks comExampleAChecks;

    private final int method;

    private ComExampleAChecksCalls(ComExampleAChecks comExampleAChecks, int method) {
      this.comExampleAChecks = comExampleAChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleAChecks.named());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Db.Checks}, each chosen by its number.
   */
  private static final class ComExampleDbChecksCalls implements Check {
    private final Db.Checks comExampleDbChecks;

    private final int method;

    private ComExampleDbChecksCalls(Db.Checks comExampleDbChecks, int method) {
      this.comExampleDbChecks = comExampleDbChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleDbChecks.replica());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link DbChecks}, each chosen by its number.
   */
  private static final class ComExampleDbChecks2Calls implements Check {
    private final DbChecks comExampleDbChecks2;

    private final int method;

    private ComExampleDbChecks2Calls(DbChecks comExampleDbChecks2, int method) {
      this.comExampleDbChecks2 = comExampleDbChecks2;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleDbChecks2.pool());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Checks}, each chosen by its number.
   */
  private static final class ComExampleAChecks2Calls implements Check {
    private final Checks comExampleAChecks2;

    private final int method;

    private ComExampleAChecks2Calls(Checks comExampleAChecks2, int method) {
      this.comExampleAChecks2 = comExampleAChecks2;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(comExampleAChecks2.a());
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
        case 0 -> CheckResult.of(comExampleBChecks.b());
        default -> throw new AssertionError(method);
      };
    }
  }
}
