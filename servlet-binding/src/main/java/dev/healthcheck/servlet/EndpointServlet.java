package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.BindingProtocol;
import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.Endpoint;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * A servlet that carries every request to one {@link Endpoint}: what the health and environment
 * servlets share. {@link #init()} and {@link #service} are final, so that a subclass (the
 * generated servlets) cannot step around the details policy or the binding protocol.
 */
abstract class EndpointServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Not serialized: a servlet is never migrated with its checker or dump. */
  private final transient Endpoint endpoint;

  private transient volatile DetailsPolicy<? super HttpServletRequest> details;

  EndpointServlet(Endpoint endpoint, DetailsPolicy<? super HttpServletRequest> details) {
    this.endpoint = endpoint;
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Reads the {@code details} and {@code details-roles} init parameters, if any.
   *
   * @throws ServletException if a parameter has a value this servlet does not know
   */
  @Override
  public final void init() throws ServletException {
    details = InitParameters.detailsPolicy(getServletConfig(), details);
  }

  /** Answers every method: GET and HEAD from the endpoint, others with 405. */
  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    BindingProtocol.serve(endpoint, details, request, new ServletExchange(request, response));
  }
}
