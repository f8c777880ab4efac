package dev.healthcheck.runtime;

import java.util.List;

/** Listed in this module's test {@code META-INF/services}, for {@link HealthRegistry#discover()}. */
public final class DiscoverableRegistry implements HealthRegistry {

  @Override
  public List<CheckDefinition> checks() {
    return List.of(CheckDefinition.of("discovered", () -> CheckResult.ok("found by ServiceLoader")));
  }
}
