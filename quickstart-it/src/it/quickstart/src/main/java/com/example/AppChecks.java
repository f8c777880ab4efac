package com.example;

import dev.healthcheck.annotations.EnvironmentSection;
import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.runtime.CheckResult;
import java.io.File;
import java.util.Map;

public class AppChecks {

  @HealthCheck(groups = "readiness", timeoutMillis = 500)
  public CheckResult diskSpace() {
    long freeMiB = new File(".").getUsableSpace() >> 20;
    return freeMiB >= 100
        ? CheckResult.ok(freeMiB + " MiB free")
        : CheckResult.fail("only " + freeMiB + " MiB free");
  }

  @EnvironmentSection("application")
  public static Map<String, String> application() {
    return Map.of("maintainer", "ops@example.com");
  }
}
