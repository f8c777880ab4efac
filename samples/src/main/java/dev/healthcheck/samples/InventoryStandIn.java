package dev.healthcheck.samples;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the inventory service the sample depends on, so that one dependency is really
 * there: {@code GET /inventory/health} answers 200.
 */
final class InventoryStandIn extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    response.getOutputStream().write("{\"status\": \"ok\"}".getBytes(StandardCharsets.UTF_8));
  }
}
