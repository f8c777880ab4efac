/**
 * Serving health checks and the environment dump over HTTP.
 *
 * <p>{@link dev.healthcheck.runtime.http.HealthEndpoint} and
 * {@link dev.healthcheck.runtime.http.EnvironmentEndpoint} hold everything an HTTP binding shares:
 * which methods and paths are served, the {@code ?check=} and {@code ?exclude=} filters,
 * {@code Accept} negotiation, the details policy and the JSON errors. A binding only translates its
 * server's request into an {@link dev.healthcheck.runtime.http.EndpointRequest} and the
 * {@link dev.healthcheck.runtime.HealthResponse} back. Two bindings use them: the servlets of
 * {@code healthcheck-servlet}, and {@link dev.healthcheck.runtime.http.HealthCheckHandler} and
 * {@link dev.healthcheck.runtime.http.EnvironmentHandler} here, for the JDK's own
 * {@code com.sun.net.httpserver}, with no dependency at all, as py-healthcheck ships a Tornado
 * handler beside its Flask views.
 */
package dev.healthcheck.runtime.http;
