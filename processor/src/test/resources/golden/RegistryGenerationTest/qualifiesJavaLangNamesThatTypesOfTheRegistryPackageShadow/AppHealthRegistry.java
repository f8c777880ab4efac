package com.example;

import com.example.checks.LegacyChecks;
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
import java.util.concurrent.CompletionException;
import javax.annotation.processing.Generated;

/**
 * The health checks and environment sections of the {@code @HealthCheck} and
 * {@code @EnvironmentSection} methods of this compilation, written by
 * healthcheck-processor. Each check calls its method directly.
 */
@Generated("dev.healthcheck.processor.HealthCheckProcessor")
public final class AppHealthRegistry implements HealthRegistry {
  private final List<CheckDefinition> checks = new ArrayList<>();

  private final List<SectionDefinition> sections = new ArrayList<>();

  private AppHealthRegistry(LegacyChecks legacyChecks) {
    addLegacyChecks(legacyChecks);
  }

  /**
   * A builder that takes the instances to call, such as ones a container made.
   */
  public static Builder builder() {
    return new Builder();
  }

  @java.lang.Override
  public List<CheckDefinition> checks() {
    return Collections.unmodifiableList(checks);
  }

  @java.lang.Override
  public List<SectionDefinition> sections() {
    return Collections.unmodifiableList(sections);
  }

  private void addLegacyChecks(LegacyChecks legacyChecks) {
    this.checks.add(CheckDefinition.of("ping", new LegacyChecksCalls(legacyChecks, 0)));
    this.sections.add(new SectionDefinition("legacy", new LegacyChecksCalls(legacyChecks, 1)));
  }

  /**
   * Builds a {@link AppHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private LegacyChecks legacyChecks;

    private Builder() {
    }

    /**
     * The instance of {@link LegacyChecks} whose methods the registry calls.
     */
    public Builder legacyChecks(LegacyChecks legacyChecks) {
      this.legacyChecks = Objects.requireNonNull(legacyChecks, "legacyChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given where it can.
     *
     * @throws java.lang.IllegalStateException if an instance it cannot construct was not given
     */
    public AppHealthRegistry build() {
      if (legacyChecks == null) {
        throw new java.lang.IllegalStateException("call legacyChecks(...) before build(): AppHealthRegistry cannot construct a com.example.checks.LegacyChecks");
      }
      return new AppHealthRegistry(legacyChecks);
    }
  }

  /**
   * Calls the annotated methods of {@link LegacyChecks}, each chosen by its number.
   */
  private static final class LegacyChecksCalls implements Check, Section {
    private final LegacyChecks legacyChecks;

    private final int method;

    private LegacyChecksCalls(LegacyChecks legacyChecks, int method) {
      this.legacyChecks = legacyChecks;
      this.method = method;
    }

    @java.lang.Override
    public CheckResult run() throws java.lang.Exception {
      try {
        return switch (method) {
          case 0 -> CheckResult.of(legacyChecks.ping());
          default -> throw new java.lang.AssertionError(method);
        };
      } catch (java.lang.Exception | java.lang.Error thrown) {
        throw thrown;
      } catch (java.lang.Throwable thrown) {
        throw new CompletionException(thrown);
      }
    }

    @java.lang.Override
    public java.lang.Object value() throws java.lang.Exception {
      return switch (method) {
        case 1 -> legacyChecks.legacy();
        default -> throw new java.lang.AssertionError(method);
      };
    }
  }
}
