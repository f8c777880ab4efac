package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.DetailsPolicy;
import dev.healthcheck.runtime.http.contract.Details;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/** The servlet side of {@link Details}: policies over the request, and a stand-in for a login. */
final class ServletPolicies {

  private ServletPolicies() {}

  static DetailsPolicy<HttpServletRequest> of(Details details) {
    return switch (details) {
      case ALWAYS -> DetailsPolicy.always();
      case NEVER -> DetailsPolicy.never();
      case OPS -> request -> request.isUserInRole("ops");
      case BROKEN -> request -> {
        throw new IllegalStateException("no security context");
      };
      case ERROR -> request -> {
        throw new NoClassDefFoundError("org/example/security/Context");
      };
      case OVERFLOW -> request -> {
        throw new StackOverflowError();
      };
    };
  }

  /**
   * Stands in for the container's authentication, as a security filter would: a request with
   * {@code X-Role: r} is a user {@code r} in role {@code r}; one without is anonymous.
   */
  static final class HeaderLogin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      String role = request.getHeader("X-Role");
      if (role == null) {
        chain.doFilter(request, response);
        return;
      }
      chain.doFilter(
          new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
              return () -> role;
            }

            @Override
            public String getRemoteUser() {
              return role;
            }

            @Override
            public boolean isUserInRole(String wanted) {
              return role.equals(wanted);
            }
          },
          response);
    }
  }
}
