package dev.healthcheck.servlet;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.EnvironmentEndpoint;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

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
public class EnvironmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Not serialized: a servlet is never migrated with its dump. */
  private final transient EnvironmentEndpoint endpoint;

  private transient volatile DetailsPolicy<? super HttpServletRequest> details;

  /** A servlet that shows the dump to every caller, as py-healthcheck does. */
  public EnvironmentServlet(EnvironmentDump dump) {
    this(dump, DetailsPolicy.always());
  }

  /** A servlet that shows the dump only to callers the policy allows; others get 403. */
  public EnvironmentServlet(EnvironmentDump dump, DetailsPolicy<? super HttpServletRequest> details) {
    this.endpoint = new EnvironmentEndpoint(dump);
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Reads the {@code details} and {@code details-roles} init parameters, if any.
   *
   * @throws ServletException if a parameter has a value this servlet does not know
   */
  @Override
  public void init() throws ServletException {
    details = InitParameters.detailsPolicy(getServletConfig(), details);
  }

  /** Answers every method: GET and HEAD with the dump, others with 405. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ServletExchange.serve(request, response, endpoint, details);
  }
}
