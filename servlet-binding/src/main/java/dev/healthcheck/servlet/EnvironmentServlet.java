package dev.healthcheck.servlet;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.EnvironmentEndpoint;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves {@code /environment}, py-healthcheck's environment dump: mount it at
 * {@code /environment}.
 *
 * <p>{@code GET} answers 200 with the dump, {@code HEAD} the same without a body, other methods 405
 * with {@code Allow: GET, HEAD}; every answer carries {@code Cache-Control: no-store}. See
 * {@link EnvironmentEndpoint}.
 *
 * <p>By default every caller who reaches it sees the dump, as with py-healthcheck: secrets are
 * scrubbed, but the dump still describes the process, its arguments and its environment. Limit it
 * with a {@link DetailsPolicy}, e.g. {@code request -> request.isUserInRole("ops")}, or, for a
 * servlet mounted by class, the init parameters {@code details} ({@code always}, {@code never},
 * {@code when-authorized}) and {@code details-roles}; a caller the policy refuses gets 403.
 */
public class EnvironmentServlet extends EndpointServlet {

  private static final long serialVersionUID = 1L;

  /**
   * A servlet that shows the dump to every caller, as py-healthcheck does.
   *
   * @param dump the environment dump to serve
   */
  public EnvironmentServlet(EnvironmentDump dump) {
    this(dump, DetailsPolicy.always());
  }

  /**
   * A servlet that shows the dump only to callers the policy allows; others get 403.
   *
   * @param dump the environment dump to serve
   * @param details who may see the dump; others get 403
   */
  public EnvironmentServlet(EnvironmentDump dump, DetailsPolicy<? super HttpServletRequest> details) {
    super(new EnvironmentEndpoint(dump), details);
  }
}
