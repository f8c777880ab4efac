package com.example;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.servlet.EnvironmentServlet;
import javax.annotation.processing.Generated;

/**
 * The {@link EnvironmentServlet} of {@link GeneratedHealthRegistry#create()}, to mount by class name.
 */
@Generated("dev.healthcheck.processor.HealthCheckProcessor")
public final class GeneratedEnvironmentServlet extends EnvironmentServlet {
  private static final long serialVersionUID = 1L;

  /**
   * Dumps the environment, with the sections of {@link GeneratedHealthRegistry}.
   */
  public GeneratedEnvironmentServlet() {
    super(EnvironmentDump.of(GeneratedHealthRegistry.create()));
  }
}
