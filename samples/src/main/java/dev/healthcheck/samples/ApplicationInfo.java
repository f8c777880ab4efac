package dev.healthcheck.samples;

import dev.healthcheck.annotations.EnvironmentSection;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code /environment} says about the application itself, beside the JVM and the OS. */
public final class ApplicationInfo {

  private ApplicationInfo() {}

  /**
   * The section {@code application}, in py-healthcheck's README's words. The database URL shows
   * the scrubbing: its credentials are replaced by {@code ********} before the dump is served.
   */
  @EnvironmentSection("application")
  public static Map<String, String> application() {
    Map<String, String> application = new LinkedHashMap<>();
    application.put("name", "catalog");
    application.put("version", "1.4.2");
    application.put("maintainer", "catalog-team@example.com");
    application.put("git_repo", "https://github.com/ateliedocodigo/py-healthcheck");
    application.put("payments_db", "postgres://payments:hunter2@localhost:5432/payments");
    return application;
  }
}
