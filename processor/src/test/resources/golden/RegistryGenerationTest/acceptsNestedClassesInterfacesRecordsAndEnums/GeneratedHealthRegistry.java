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

  private GeneratedHealthRegistry(Checks checks, Checks.Cache checksCache, Checks.Mode checksMode,
      Checks.Version checksVersion) {
    addChecks(checks);
    addChecksCache(checksCache);
    addChecksLimits();
    addChecksMode(checksMode);
    addChecksVersion(checksVersion);
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

  private void addChecks(Checks checks) {
    this.checks.add(CheckDefinition.of("outer", new ChecksCalls(checks, 0)));
  }

  private void addChecksCache(Checks.Cache checksCache) {
    this.checks.add(CheckDefinition.of("warm", new ChecksCacheCalls(checksCache, 0)));
  }

  private void addChecksLimits() {
    this.checks.add(CheckDefinition.of("withinLimits", new ChecksLimitsCalls(0)));
  }

  private void addChecksMode(Checks.Mode checksMode) {
    this.checks.add(CheckDefinition.of("active", new ChecksModeCalls(checksMode, 0)));
  }

  private void addChecksVersion(Checks.Version checksVersion) {
    this.sections.add(new SectionDefinition("version", new ChecksVersionCalls(checksVersion, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private Checks checks;

    private Checks.Cache checksCache;

    private Checks.Mode checksMode;

    private Checks.Version checksVersion;

    private Builder() {
    }

    /**
     * The instance of {@link Checks} whose methods the registry calls.
     */
    public Builder checks(Checks checks) {
      this.checks = Objects.requireNonNull(checks, "checks");
      return this;
    }

    /**
     * The instance of {@link Checks.Cache} whose methods the registry calls.
     */
    public Builder checksCache(Checks.Cache checksCache) {
      this.checksCache = Objects.requireNonNull(checksCache, "checksCache");
      return this;
    }

    /**
     * The instance of {@link Checks.Mode} whose methods the registry calls.
     */
    public Builder checksMode(Checks.Mode checksMode) {
      this.checksMode = Objects.requireNonNull(checksMode, "checksMode");
      return this;
    }

    /**
     * The instance of {@link Checks.Version} whose methods the registry calls.
     */
    public Builder checksVersion(Checks.Version checksVersion) {
      this.checksVersion = Objects.requireNonNull(checksVersion, "checksVersion");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given where it can.
     *
     * @throws IllegalStateException if an instance it cannot construct was not given
     */
    public GeneratedHealthRegistry build() {
      if (checksMode == null) {
        throw new IllegalStateException("call checksMode(...) before build(): GeneratedHealthRegistry cannot construct a com.example.Checks.Mode");
      }
      return new GeneratedHealthRegistry(checks != null ? checks : new Checks(),
          checksCache != null ? checksCache : new Checks.Cache(), checksMode,
          checksVersion != null ? checksVersion : new Checks.Version());
    }
  }

  /**
   * Calls the annotated methods of {@link Checks}, each chosen by its number.
   */
  private static final class ChecksCalls implements Check {
    private final Checks checks;

    private final int method;

    private ChecksCalls(Checks checks, int method) {
      this.checks = checks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(checks.outer());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Checks.Cache}, each chosen by its number.
   */
  private static final class ChecksCacheCalls implements Check {
    private final Checks.Cache checksCache;

    private final int method;

    private ChecksCacheCalls(Checks.Cache checksCache, int method) {
      this.checksCache = checksCache;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(checksCache.warm());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Checks.Limits}, each chosen by its number.
   */
  private static final class ChecksLimitsCalls implements Check {
    private final int method;

    private ChecksLimitsCalls(int method) {
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(Checks.Limits.withinLimits());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Checks.Mode}, each chosen by its number.
   */
  private static final class ChecksModeCalls implements Check {
    private final Checks.Mode checksMode;

    private final int method;

    private ChecksModeCalls(Checks.Mode checksMode, int method) {
      this.checksMode = checksMode;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(checksMode.active());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link Checks.Version}, each chosen by its number.
   */
  private static final class ChecksVersionCalls implements Section {
    private final Checks.Version checksVersion;

    private final int method;

    private ChecksVersionCalls(Checks.Version checksVersion, int method) {
      this.checksVersion = checksVersion;
      this.method = method;
    }

    @Override
    public Object value() throws Exception {
      return switch (method) {
        case 0 -> checksVersion.version();
        default -> throw new AssertionError(method);
      };
    }
  }
}
