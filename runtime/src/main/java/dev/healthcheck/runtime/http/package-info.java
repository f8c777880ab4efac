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
 * {@link dev.healthcheck.runtime.http.HealthEndpoint} and
 * {@link dev.healthcheck.runtime.http.EnvironmentEndpoint} are public for one purpose: writing a
 * binding to another server (Netty, Vert.x, a framework's own routes); applications use the
 * servlets or the handlers instead. {@link dev.healthcheck.runtime.http.DetailsPolicy} is both:
 * applications hand one to the servlets and handlers, and a binding asks it. A binding, per
 * request:
 *
 * <ol>
 *   <li>asks its {@code DetailsPolicy}; a policy that throws, even an {@link java.lang.Error},
 *       refuses details;
 *   <li>calls {@code endpoint.handle(new EndpointRequest(method, pathBelowMount, rawQuery, accept,
 *       detailsAllowed))}, which never throws but for a {@link java.lang.VirtualMachineError}; for
 *       that, it answers {@code Endpoint.internalError()};
 *   <li>writes the status, every header and, except for {@code HEAD}, the body as UTF-8 with its
 *       {@code Content-Length};
 *   <li>rethrows a {@code VirtualMachineError} it caught in steps 1 or 2, once the answer is out.
 * </ol>
 */
package dev.healthcheck.runtime.http;
