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

  private GeneratedHealthRegistry(MailChecks mailChecks, PingChecks pingChecks,
      QueueChecks queueChecks) {
    addMailChecks(mailChecks);
    addPingChecks(pingChecks);
    addQueueChecks(queueChecks);
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

  private void addMailChecks(MailChecks mailChecks) {
    this.checks.add(CheckDefinition.of("smtp", () -> CheckResult.of(mailChecks.smtp())));
  }

  private void addPingChecks(PingChecks pingChecks) {
    this.checks.add(CheckDefinition.of("ping", () -> CheckResult.of(pingChecks.ping())));
  }

  private void addQueueChecks(QueueChecks queueChecks) {
    this.checks.add(CheckDefinition.of("depth", () -> CheckResult.of(queueChecks.depth())));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private MailChecks mailChecks;

    private PingChecks pingChecks;

    private QueueChecks queueChecks;

    private Builder() {
    }

    /**
     * The instance of {@link MailChecks} whose methods the registry calls.
     */
    public Builder mailChecks(MailChecks mailChecks) {
      this.mailChecks = Objects.requireNonNull(mailChecks, "mailChecks");
      return this;
    }

    /**
     * The instance of {@link PingChecks} whose methods the registry calls.
     */
    public Builder pingChecks(PingChecks pingChecks) {
      this.pingChecks = Objects.requireNonNull(pingChecks, "pingChecks");
      return this;
    }

    /**
     * The instance of {@link QueueChecks} whose methods the registry calls.
     */
    public Builder queueChecks(QueueChecks queueChecks) {
      this.queueChecks = Objects.requireNonNull(queueChecks, "queueChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given where it can.
     *
     * @throws IllegalStateException if an instance it cannot construct was not given
     */
    public GeneratedHealthRegistry build() {
      if (mailChecks == null) {
        throw new IllegalStateException("call mailChecks(...) before build(): GeneratedHealthRegistry cannot construct a com.example.MailChecks");
      }
      if (queueChecks == null) {
        throw new IllegalStateException("call queueChecks(...) before build(): GeneratedHealthRegistry cannot construct a com.example.QueueChecks");
      }
      return new GeneratedHealthRegistry(mailChecks,
          pingChecks != null ? pingChecks : new PingChecks(), queueChecks);
    }
  }
}
