/**
 * The annotations of healthcheck: {@code @HealthCheck} and {@code @EnvironmentSection}, read at
 * compile time by the processor. Nothing else lives here, so a module can require it
 * {@code static}: the annotations have CLASS retention and are not needed at run time.
 */
module dev.healthcheck.annotations {
  exports dev.healthcheck.annotations;
}
