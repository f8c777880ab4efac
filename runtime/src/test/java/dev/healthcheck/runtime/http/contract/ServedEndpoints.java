package dev.healthcheck.runtime.http.contract;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthChecker;
import java.net.URI;

/**
 * One HTTP server under test, serving a checker at {@code /healthcheck} and a dump at
 * {@code /environment} with details for everyone: the JDK server, Jetty or Tomcat, each set up as
 * the documentation tells users to (for the containers: no version, no stack traces in their own
 * error pages).
 */
public interface ServedEndpoints {

  /** The server's name, for messages and measured figures. */
  String name();

  /** Starts the server on a free loopback port and returns its base URI. */
  URI start(HealthChecker checker, EnvironmentDump dump) throws Exception;

  /** Stops what {@link #start} started. */
  void stop() throws Exception;

  /**
   * Whether {@code answer}, which did not come from our endpoints, is this server's own refusal
   * of a request that documentation says it refuses with its own words: the JDK server's HTML
   * 400 for a request line {@code java.net.URI} cannot parse. Other servers have none.
   */
  default boolean isDocumentedRefusal(RawAnswer answer) {
    return false;
  }
}
