/**
 * The jakarta.servlet binding of healthcheck: {@code HealthCheckServlet} and
 * {@code EnvironmentServlet}, for any Servlet 6 container (Jetty 12 ee10, Tomcat 11).
 */
module dev.healthcheck.servlet {
  requires transitive dev.healthcheck.runtime;
  requires transitive jakarta.servlet;

  exports dev.healthcheck.servlet;
}
