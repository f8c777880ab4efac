package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.DetailsPolicy;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The details policy a deployment gives a servlet mounted by class (web.xml,
 * {@code ServletRegistration.setInitParameter}), in Spring Boot Actuator's words:
 *
 * <ul>
 *   <li>{@code details}: {@code always}, {@code never} or {@code when-authorized} (the request
 *       has an authenticated user);
 *   <li>{@code details-roles}: with {@code when-authorized}, comma-separated roles of which the
 *       user must have one ({@code isUserInRole}).
 * </ul>
 */
final class InitParameters {

  static final String DETAILS = "details";
  static final String DETAILS_ROLES = "details-roles";

  private InitParameters() {}

  /**
   * The policy the parameters name, or {@code fallback} when there are none.
   *
   * @throws ServletException for a value it does not know, so a typo fails the deployment rather
   *     than showing details to everyone
   */
  static DetailsPolicy<? super HttpServletRequest> detailsPolicy(
      ServletConfig config, DetailsPolicy<? super HttpServletRequest> fallback) throws ServletException {
    String details = trimmed(config.getInitParameter(DETAILS));
    String roles = trimmed(config.getInitParameter(DETAILS_ROLES));
    if (roles != null && !"when-authorized".equals(details)) {
      throw new ServletException(
          config.getServletName() + ": init parameter " + DETAILS_ROLES + " needs " + DETAILS
              + "=when-authorized");
    }
    if (details == null) {
      return fallback;
    }
    switch (details) {
      case "always":
        return DetailsPolicy.always();
      case "never":
        return DetailsPolicy.never();
      case "when-authorized":
        return whenAuthorized(roles == null ? List.of() : roleList(roles));
      default:
        throw new ServletException(
            config.getServletName() + ": init parameter " + DETAILS + " is '" + details
                + "'; use always, never or when-authorized");
    }
  }

  private static DetailsPolicy<HttpServletRequest> whenAuthorized(List<String> roles) {
    return request ->
        request.getUserPrincipal() != null
            && (roles.isEmpty() || roles.stream().anyMatch(request::isUserInRole));
  }

  private static List<String> roleList(String roles) {
    return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
