package com.acme.health;

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
import net.two.TwoChecks;
import org.one.OneChecks;

/**
 * The health checks and environment sections of the {@code @HealthCheck} and
 * {@code @EnvironmentSection} methods of this compilation, written by
 * healthcheck-processor. Each check calls its method directly.
 */
@Generated("dev.healthcheck.processor.HealthCheckProcessor")
public final class AppHealthRegistry implements HealthRegistry {
  private final List<CheckDefinition> checks = new ArrayList<>();

  private final List<SectionDefinition> sections = new ArrayList<>();

  /**
   * A registry over a new instance of each class; {@link java.util.ServiceLoader} calls it.
   */
  public AppHealthRegistry() {
    this(new TwoChecks());
  }

  private AppHealthRegistry(TwoChecks twoChecks) {
    addTwoChecks(twoChecks);
    addOneChecks();
  }

  /**
   * The registry over a new instance of each class it calls.
   */
  public static AppHealthRegistry create() {
    return new AppHealthRegistry();
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

  private void addTwoChecks(TwoChecks twoChecks) {
    this.checks.add(CheckDefinition.of("two", new TwoChecksCalls(twoChecks, 0)));
  }

  private void addOneChecks() {
    this.checks.add(CheckDefinition.of("one", new OneChecksCalls(0)));
  }

  /**
   * Builds a {@link AppHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private TwoChecks twoChecks;

    private Builder() {
    }

    /**
     * The instance of {@link TwoChecks} whose methods the registry calls.
     */
    public Builder twoChecks(TwoChecks twoChecks) {
      this.twoChecks = Objects.requireNonNull(twoChecks, "twoChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public AppHealthRegistry build() {
      return new AppHealthRegistry(twoChecks != null ? twoChecks : new TwoChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link TwoChecks}, each chosen by its number.
   */
  private static final class TwoChecksCalls implements Check {
    private final TwoChecks twoChecks;

    private final int method;

    private TwoChecksCalls(TwoChecks twoChecks, int method) {
      this.twoChecks = twoChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(twoChecks.two());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link OneChecks}, each chosen by its number.
   */
  private static final class OneChecksCalls implements Check {
    private final int method;

    private OneChecksCalls(int method) {
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(OneChecks.one());
        default -> throw new AssertionError(method);
      };
    }
  }
}
