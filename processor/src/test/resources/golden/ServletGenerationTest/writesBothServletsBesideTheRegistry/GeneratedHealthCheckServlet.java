package com.example;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.servlet.HealthCheckServlet;
import javax.annotation.processing.Generated;

/**
 * The {@link HealthCheckServlet} of {@link GeneratedHealthRegistry#create()}, to mount by class name.
 */
@Generated("dev.healthcheck.processor.HealthCheckProcessor")
public final class GeneratedHealthCheckServlet extends HealthCheckServlet {
  private static final long serialVersionUID = 1L;

  /**
   * Runs the checks of {@link GeneratedHealthRegistry}.
   */
  public GeneratedHealthCheckServlet() {
    super(HealthChecker.of(GeneratedHealthRegistry.create()));
  }
}
