package dev.healthcheck.runtime;

import java.util.Locale;

/** The shape of a health body. */
public enum HealthFormat {

  /** py-healthcheck's JSON ({@code hostname}, {@code status}, {@code results}...): the default. */
  PY_HEALTHCHECK("application/json"),

  /**
   * The IETF draft "Health Check Response Format for HTTP APIs" (draft-inadarei-api-health-check):
   * {@code status} pass, warn or fail, and {@code checks} keyed by check name.
   */
  HEALTH_JSON("application/health+json");

  private final String mediaType;

  HealthFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The {@code Content-Type} of a body in this format. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The format an HTTP {@code Accept} header asks for: health+json when it lists
   * {@code application/health+json} at least as high as {@code application/json}, else
   * py-healthcheck's JSON (what probes sending no header or {@code *}{@code /*} get).
   */
  public static HealthFormat fromAccept(String accept) {
    if (accept == null || accept.isBlank()) {
      return PY_HEALTHCHECK;
    }
    double healthJson = 0;
    double json = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double quality = quality(parts);
      if (type.equals("application/health+json")) {
        healthJson = Math.max(healthJson, quality);
      } else if (type.equals("application/json")) {
        json = Math.max(json, quality);
      }
    }
    return healthJson > 0 && healthJson >= json ? HEALTH_JSON : PY_HEALTHCHECK;
  }

  private static double quality(String[] parameters) {
    for (int i = 1; i < parameters.length; i++) {
      String parameter = parameters[i].trim();
      if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).trim());
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 1;
  }
}
