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

  /**
   * A registry over a new instance of each class; {@link java.util.ServiceLoader} calls it.
   */
  public GeneratedHealthRegistry() {
    this(new AppInfo());
  }

  private GeneratedHealthRegistry(AppInfo appInfo) {
    addAppInfo(appInfo);
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

  private void addAppInfo(AppInfo appInfo) {
    this.checks.add(CheckDefinition.of("alive", new AppInfoCalls(appInfo, 0)));
    this.sections.add(new SectionDefinition("application", new AppInfoCalls(appInfo, 1)));
    this.sections.add(new SectionDefinition("build_number", new AppInfoCalls(appInfo, 2)));
    this.sections.add(new SectionDefinition("features", new AppInfoCalls(appInfo, 3)));
  }

  /**
   * Builds a {@link GeneratedHealthRegistry} over the instances it is given.
   */
  public static final class Builder {
    private AppInfo appInfo;

    private Builder() {
    }

    /**
     * The instance of {@link AppInfo} whose methods the registry calls.
     */
    public Builder appInfo(AppInfo appInfo) {
      this.appInfo = Objects.requireNonNull(appInfo, "appInfo");
      return this;
    }

    /**
     * The registry; it constructs each instance it was not given.
     */
    public GeneratedHealthRegistry build() {
      return new GeneratedHealthRegistry(appInfo != null ? appInfo : new AppInfo());
    }
  }

  /**
   * Calls the annotated methods of {@link AppInfo}, each chosen by its number.
   */
  private static final class AppInfoCalls implements Check, Section {
    private final AppInfo appInfo;

    private final int method;

    private AppInfoCalls(AppInfo appInfo, int method) {
      this.appInfo = appInfo;
      this.method = method;
    }

    @Override
    public CheckResult run() throws Exception {
      return switch (method) {
        case 0 -> CheckResult.of(appInfo.alive());
        default -> throw new AssertionError(method);
      };
    }

    @Override
    public Object value() throws Exception {
      return switch (method) {
        case 1 -> AppInfo.application();
        case 2 -> appInfo.buildNumber();
        case 3 -> appInfo.features();
        default -> throw new AssertionError(method);
      };
    }
  }
}
