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
 *
 * <h2>The binding SPI</h2>
 *
 * <p>{@link dev.healthcheck.runtime.http.Endpoint}, {@link dev.healthcheck.runtime.http.EndpointRequest},
 * {@link dev.healthcheck.runtime.http.HealthEndpoint},
 * {@link dev.healthcheck.runtime.http.EnvironmentEndpoint}, {@link dev.healthcheck.runtime.http.Exchange}
 * and {@link dev.healthcheck.runtime.http.BindingProtocol} are public for one purpose: writing a
 * binding to another server (Netty, Vert.x, a framework's own routes); applications use the
 * servlets or the handlers instead. {@link dev.healthcheck.runtime.http.DetailsPolicy} is both:
 * applications hand one to the servlets and handlers, and a binding asks it.
 *
 * <p>A binding implements {@link dev.healthcheck.runtime.http.Exchange} over its server's request
 * and response ("read the request, write the response") and calls
 * {@link dev.healthcheck.runtime.http.BindingProtocol#serve} with the endpoint and its policy, which
 * does the rest in order: the policy (one that throws, even with an {@link java.lang.Error},
 * refuses details), the {@link dev.healthcheck.runtime.http.EndpointRequest}, the endpoint, the
 * answer as UTF-8 (no body for {@code HEAD}), and a {@link java.lang.VirtualMachineError} rethrown
 * once the answer is out.
 */
package dev.healthcheck.runtime.http;
