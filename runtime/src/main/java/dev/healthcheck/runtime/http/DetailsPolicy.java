package dev.healthcheck.runtime.http;

/**
 * Who may see the details behind an endpoint: the checks' results of {@code /healthcheck}, the
 * whole of {@code /environment}. Spring Boot Actuator and MicroProfile Health offer the same
 * choice; py-healthcheck always showed everything.
 *
 * <p>A caller refused details of the health endpoint still gets its status code and a status-only
 * body ({@code {"status": "success"}}), which is all a probe or load balancer needs; a caller
 * refused the environment gets 403. Policies are lambdas over the binding's request type:
 *
 * <pre>{@code
 * new HealthCheckServlet(checker, request -> request.isUserInRole("ops"));
 * new EnvironmentHandler(dump, exchange -> exchange.getPrincipal() != null);
 * }</pre>
 *
 * <p>A policy that throws, {@link Error}s included, refuses details: when in doubt, show less.
 * Part of the binding SPI: a binding to another server asks its policy and passes the answer on
 * as {@link EndpointRequest#detailsAllowed()}.
 *
 * @param <R> the request type of the binding: {@code HttpServletRequest}, {@code HttpExchange}
 */
@FunctionalInterface
public interface DetailsPolicy<R> {

  /**
   * Whether the caller of this request may see the details.
   *
   * @param request the binding's request
   * @return {@code true} if the caller may see the details
   */
  boolean allows(R request);

  /**
   * Everyone sees the details: py-healthcheck's behaviour, and the bindings' default.
   *
   * @param <R> the binding's request type
   * @return the policy
   */
  static <R> DetailsPolicy<R> always() {
    return request -> true;
  }

  /**
   * No one sees the details: the health endpoint answers with its status alone.
   *
   * @param <R> the binding's request type
   * @return the policy
   */
  static <R> DetailsPolicy<R> never() {
    return request -> false;
  }
}
