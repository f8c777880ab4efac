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
import java.util.concurrent.CompletionException;
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
    this(new LegacyChecks());
  }

  private GeneratedHealthRegistry(LegacyChecks legacyChecks) {
    addLegacyChecks(legacyChecks);
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

  private void addLegacyChecks(LegacyChecks legacyChecks) {
    this.checks.add(CheckDefinition.of("result", new LegacyChecksCalls(legacyChecks, 0)));
    this.checks.add(CheckDefinition.of("flag", new LegacyChecksCalls(legacyChecks, 1)));
    this.checks.add(CheckDefinition.of("touch", new LegacyChecksCalls(legacyChecks, 2)));
    this.sections.add(new SectionDefinition("legacy", new LegacyChecksCalls(legacyChecks, 3)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
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
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(legacyChecks != null ? legacyChecks : new LegacyChecks());
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

    @Override
    public CheckResult run() throws Exception {
      try {
        return switch (method) {
          case 0 -> legacyChecks.result();
          case 1 -> CheckResult.of(LegacyChecks.flag());
          case 2 -> {
            legacyChecks.touch();
            yield CheckResult.ok("");
          }
          default -> throw new AssertionError(method);
        };
      } catch (Exception | Error thrown) {
        throw thrown;
      } catch (Throwable thrown) {
        throw new CompletionException(thrown);
      }
    }

    @Override
    public Object value() throws Exception {
      try {
        return switch (method) {
          case 3 -> legacyChecks.legacy();
          default -> throw new AssertionError(method);
        };
      } catch (Exception | Error thrown) {
        throw thrown;
      } catch (Throwable thrown) {
        throw new CompletionException(thrown);
      }
    }
  }
}
