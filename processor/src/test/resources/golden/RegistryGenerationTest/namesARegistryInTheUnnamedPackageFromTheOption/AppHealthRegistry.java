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
public final class AppHealthRegistry implements HealthRegistry {
  private final List<CheckDefinition> checks = new ArrayList<>();

  private final List<SectionDefinition> sections = new ArrayList<>();

  /**
   * A registry over a new instance of each class; {@link java.util.ServiceLoader} calls it.
   */
  public AppHealthRegistry() {
    this(new Checks());
  }

  private AppHealthRegistry(Checks checks) {
    addChecks(checks);
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

  private void addChecks(Checks checks) {
    this.checks.add(CheckDefinition.of("ping", new ChecksCalls(checks, 0)));
  }

  /**
   * Builds a {@link AppHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private Checks checks;

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
     * The registry; it constructs each instance it was not given.
     */
    public AppHealthRegistry build() {
      return new AppHealthRegistry(checks != null ? checks : new Checks());
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
        case 0 -> CheckResult.of(checks.ping());
        default -> throw new AssertionError(method);
      };
    }
  }
}
