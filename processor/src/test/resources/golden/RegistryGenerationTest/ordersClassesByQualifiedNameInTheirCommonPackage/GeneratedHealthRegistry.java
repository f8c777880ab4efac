package com.example;

import com.example.db.AuditChecks;
import com.example.db.DbChecks;
import com.example.web.WebChecks;
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
    this(new DbChecks(), new WebChecks());
  }

  private GeneratedHealthRegistry(DbChecks dbChecks, WebChecks webChecks) {
    addAuditChecks();
    addDbChecks(dbChecks);
    addWebChecks(webChecks);
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

  private void addAuditChecks() {
    this.checks.add(CheckDefinition.of("audit", new AuditChecksCalls(0)));
  }

  private void addDbChecks(DbChecks dbChecks) {
    this.checks.add(CheckDefinition.of("db", new DbChecksCalls(dbChecks, 0)));
    this.checks.add(CheckDefinition.of("pool", new DbChecksCalls(dbChecks, 1)));
  }

  private void addWebChecks(WebChecks webChecks) {
    this.checks.add(CheckDefinition.of("web", new WebChecksCalls(webChecks, 0)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private DbChecks dbChecks;

    private WebChecks webChecks;

    private Builder() {
    }

    /**
     * The instance of {@link DbChecks} whose methods the registry calls.
     */
    public Builder dbChecks(DbChecks dbChecks) {
      this.dbChecks = Objects.requireNonNull(dbChecks, "dbChecks");
      return this;
    }

    /**
     * The instance of {@link WebChecks} whose methods the registry calls.
     */
    public Builder webChecks(WebChecks webChecks) {
      this.webChecks = Objects.requireNonNull(webChecks, "webChecks");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(dbChecks != null ? dbChecks : new DbChecks(),
          webChecks != null ? webChecks : new WebChecks());
    }
  }

  /**
   * Calls the annotated methods of {@link AuditChecks}, each chosen by its number.
   */
  private static final class AuditChecksCalls implements Check {
    private final int method;

    private AuditChecksCalls(int method) {
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(AuditChecks.audit());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link DbChecks}, each chosen by its number.
   */
  private static final class DbChecksCalls implements Check {
    private final DbChecks dbChecks;

    private final int method;

    private DbChecksCalls(DbChecks dbChecks, int method) {
      this.dbChecks = dbChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(dbChecks.db());
        case 1 -> CheckResult.of(dbChecks.pool());
        default -> throw new AssertionError(method);
      };
    }
  }

  /**
   * Calls the annotated methods of {@link WebChecks}, each chosen by its number.
   */
  private static final class WebChecksCalls implements Check {
    private final WebChecks webChecks;

    private final int method;

    private WebChecksCalls(WebChecks webChecks, int method) {
      this.webChecks = webChecks;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(webChecks.web());
        default -> throw new AssertionError(method);
      };
    }
  }
}
