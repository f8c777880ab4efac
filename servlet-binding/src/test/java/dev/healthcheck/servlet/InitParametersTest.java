package dev.healthcheck.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.http.contract.Fixture;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code details} and {@code details-roles} init parameters, with which a deployment sets the
 * policy of a servlet mounted by class. Run on Jetty; reading init parameters is the container's
 * part, the same on every one. A value the servlet does not know fails its {@code init}, which
 * Jetty reports by failing to start: a typo never shows details to everyone.
 */
class InitParametersTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Fixture fixture = new Fixture();
  private Server server;
  private URI base;

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void neverShowsTheStatusAlone() throws Exception {
    serve(new HealthCheckServlet(fixture.checker), Map.of("details", "never"));
    HttpResponse<String> response = get(null);
    assertEquals(500, response.statusCode());
    assertEquals(JSON.readTree("{\"status\": \"failure\"}"), JSON.readTree(response.body()));
  }

  @Test
  void parameterReplacesThePolicyGivenInCode() throws Exception {
    serve(new HealthCheckServlet(fixture.checker, request -> false), Map.of("details", "always"));
    assertTrue(JSON.readTree(get(null).body()).has("results"));
  }

  @Test
  void whenAuthorizedWithRolesNeedsOneOfThem() throws Exception {
    serve(
        new HealthCheckServlet(fixture.checker),
        Map.of("details", "when-authorized", "details-roles", "admin, ops"));
    assertTrue(JSON.readTree(get("ops").body()).has("results"));
    assertTrue(JSON.readTree(get("admin").body()).has("results"));
    assertEquals(1, JSON.readTree(get("guest").body()).size());
    assertEquals(1, JSON.readTree(get(null).body()).size());
  }

  @Test
  void whenAuthorizedAloneNeedsAnyUser() throws Exception {
    serve(new HealthCheckServlet(fixture.checker), Map.of("details", "when-authorized"));
    assertTrue(JSON.readTree(get("guest").body()).has("results"));
    assertEquals(1, JSON.readTree(get(null).body()).size());
  }

  @Test
  void environmentRefusedByParameterIs403() throws Exception {
    serve(new EnvironmentServlet(fixture.dump), Map.of("details", "when-authorized", "details-roles", "ops"));
    assertEquals(403, get("guest").statusCode());
    assertEquals(200, get("ops").statusCode());
  }

  @Test
  void unknownValueFailsTheDeployment() {
    ServletException failure =
        assertThrows(
            ServletException.class,
            () -> serve(new HealthCheckServlet(fixture.checker), Map.of("details", "sometimes")));
    assertTrue(
        failure.getMessage().endsWith("init parameter details is 'sometimes'; use always, never or when-authorized"),
        failure.getMessage());
  }

  @Test
  void rolesWithoutWhenAuthorizedFailTheDeployment() {
    ServletException failure =
        assertThrows(
            ServletException.class,
            () -> serve(new EnvironmentServlet(fixture.dump), Map.of("details-roles", "ops")));
    assertTrue(
        failure.getMessage().endsWith("init parameter details-roles needs details=when-authorized"),
        failure.getMessage());
  }

  private void serve(HttpServlet servlet, Map<String, String> parameters) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addFilter(
        new FilterHolder(new ServletPolicies.HeaderLogin()), "/*", EnumSet.of(DispatcherType.REQUEST));
    ServletHolder holder = new ServletHolder(servlet);
    holder.setInitParameters(parameters);
    context.addServlet(holder, "/endpoint/*");
    server.setHandler(context);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/endpoint");
  }

  private HttpResponse<String> get(String role) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base);
    if (role != null) {
      request.header("X-Role", role);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }
}
