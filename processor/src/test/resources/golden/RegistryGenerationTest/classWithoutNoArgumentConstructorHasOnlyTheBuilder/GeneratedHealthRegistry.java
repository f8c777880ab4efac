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
    this.checks.add(CheckDefinition.of("smtp", new MailChecksCalls(mailChecks, 0)));
  }

  private void addPingChecks(PingChecks pingChecks) {
    this.checks.add(CheckDefinition.of("ping", new PingChecksCalls(pingChecks, 0)));
  }

  private void addQueueChecks(QueueChecks queueChecks) {
    this.checks.add(CheckDefinition.of("depth", new QueueChecksCalls(queueChecks, 0)));
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
      List<String> missing = new ArrayList<>();
      if (mailChecks == null) {
        missing.add("mailChecks(...) for a com.example.MailChecks");
      }
      if (queueChecks == null) {
        missing.add("queueChecks(...) for a com.example.QueueChecks");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("GeneratedHealthRegistry cannot construct every instance it calls; call " + String.join(" and ", missing) + " before build()");
      }
      return new GeneratedHealthRegistry(mailChecks,
          pingChecks != null ? pingChecks : new PingChecks(), queueChecks);
    }
  }

  /**
   * Calls the annotated methods of {@link MailChecks}, each chosen by its number.
   */
  private static final class MailChecksCalls implements Check {
    private final MailChecks mailChecks;

    private final int method;

    private MailChecksCalls(MailChecks mailChecks, int method) {
      this.mailChecks = mailChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(mailChecks.smtp());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link PingChecks}, each chosen by its number.
   */
  private static final class PingChecksCalls implements Check {
    private final PingChecks pingChecks;

    private final int method;

    private PingChecksCalls(PingChecks pingChecks, int method) {
      this.pingChecks = pingChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(pingChecks.ping());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link QueueChecks}, each chosen by its number.
   */
  private static final class QueueChecksCalls implements Check {
    private final QueueChecks queueChecks;

    private final int method;

    private QueueChecksCalls(QueueChecks queueChecks, int method) {
      this.queueChecks = queueChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(queueChecks.depth());
        default -> throw new AssertionError(method);
      };
    }
  }
}
