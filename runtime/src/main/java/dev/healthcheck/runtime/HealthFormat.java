package dev.healthcheck.runtime;

/**
 * The shape of a health body. The HTTP bindings choose one from the request's {@code Accept}
 * header (see {@code dev.healthcheck.runtime.http.HealthEndpoint}).
 */
public enum HealthFormat {

  /** py-healthcheck's JSON ({@code hostname}, {@code status}, {@code results}...): the default. */
  PY_HEALTHCHECK("application/json"),

  /**
   * The IETF draft "Health Check Response Format for HTTP APIs" (draft-inadarei-api-health-check):
   * {@code status} pass, warn or fail, and {@code checks} keyed by check name.
   */
  HEALTH_JSON("application/health+json"),

  /**
   * A self-contained HTML status page for a person in a browser: the overall status and one row
   * per check. Served when the request's {@code Accept} prefers {@code text/html} to JSON, or for
   * {@code ?format=html}.
   */
  HTML("text/html; charset=utf-8");

  private final String mediaType;

  HealthFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * The {@code Content-Type} of a body in this format.
   *
   * @return the media type, e.g. {@code application/json}
   */
  public String mediaType() {
    return mediaType;
  }
}
