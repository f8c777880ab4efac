package dev.healthcheck.servlet;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.HealthEndpoint;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves {@code /healthcheck}: mount it at {@code /healthcheck/*}.
 *
 * <p>{@code GET /healthcheck} runs every check, {@code GET /healthcheck/readiness} the group or the
 * single check of that name (404 with a JSON error for a name that is neither);
 * {@code ?check=}/{@code ?exclude=} narrow the selection; {@code Accept: application/health+json}
 * switches to the health+json draft's body; {@code HEAD} answers without a body; other methods get
 * 405 with {@code Allow: GET, HEAD}; every answer carries {@code Cache-Control: no-store}. See
 * {@link HealthEndpoint}, which holds these rules for every binding.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new HealthCheckServlet(checker)), "/healthcheck/*");
 * }</pre>
 *
 * <p>Details: by default every caller sees the checks' results, as with py-healthcheck. A
 * {@link DetailsPolicy} limits them, e.g. {@code request -> request.isUserInRole("ops")}; other
 * callers get the same status code with {@code {"status": "success"}} or
 * {@code {"status": "failure"}}. A servlet mounted by class takes the init parameters
 * {@code details} ({@code always}, {@code never}, {@code when-authorized}) and
 * {@code details-roles}, which replace the policy given in code.
 */
public class HealthCheckServlet extends EndpointServlet {

  private static final long serialVersionUID = 1L;

  /**
   * A servlet that shows every caller the checks' results, as py-healthcheck does.
   *
   * @param checker the checker to serve
   */
  public HealthCheckServlet(HealthChecker checker) {
    this(checker, DetailsPolicy.always());
  }

  /**
   * A servlet that shows the checks' results only to callers the policy allows; the others get
   * the status code and a status-only body.
   *
   * @param checker the checker to serve
   * @param details who may see the results; others get the status alone
   */
  public HealthCheckServlet(HealthChecker checker, DetailsPolicy<? super HttpServletRequest> details) {
    super(new HealthEndpoint(checker), details);
  }
}
