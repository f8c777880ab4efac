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
    this(new RedisChecks());
  }

  private GeneratedHealthRegistry(RedisChecks redisChecks) {
    addRedisChecks(redisChecks);
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

  private void addRedisChecks(RedisChecks redisChecks) {
    this.checks.add(CheckDefinition.of("redis", new RedisChecksCalls(redisChecks, 0))
        .groups("readiness", "startup").timeoutMillis(500));
    this.checks.add(CheckDefinition.of("redis.replica-1", new RedisChecksCalls(redisChecks, 1))
        .groups("liveness").critical(false));
    this.checks.add(CheckDefinition.of("slow", new RedisChecksCalls(redisChecks, 2))
        .timeoutMillis(5000000000L));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private RedisChecks redisChecks;

    private Builder() {
    }

    /**
     * The instance of {@link RedisChecks} whose methods the registry calls.
     */
    public Builder redisChecks(RedisChecks redisChecks) {
      this.redisChecks = Objects.requireNonNull(redisChecks, "redisChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(redisChecks != null ? redisChecks : new RedisChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link RedisChecks}, each chosen by its number.
   */
  private static final class RedisChecksCalls implements Check {
    private final RedisChecks redisChecks;

    private final int method;

    private RedisChecksCalls(RedisChecks redisChecks, int method) {
      this.redisChecks = redisChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> redisChecks.ping();
        case 1 -> CheckResult.of(redisChecks.replica());
        case 2 -> {
          redisChecks.slow();
          yield CheckResult.ok("");
        }
        default -> throw new AssertionError(method);
      };
    }
  }
}
