package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.SecretMasker;
import java.util.Objects;

/**
 * The {@code /environment} resource, for any HTTP binding: py-healthcheck's environment dump.
 * Part of the binding SPI: the servlets and the JDK server's handlers wrap it, and a binding for
 * another server wraps it the same way (see the package documentation).
 *
 * <ul>
 *   <li>{@code GET /environment} answers 200 with the dump; any path below it is 404 and the query
 *       is ignored.
 *   <li>{@code HEAD} answers as {@code GET} does, without a body; any other method gets 405 with
 *       {@code Allow: GET, HEAD}.
 *   <li>A caller refused details gets 403 with a JSON error: the dump is nothing but details, and
 *       unlike a probe's status it has no short form worth serving.
 *   <li>Every answer carries {@code Cache-Control: no-store}; every error is JSON, and so is the
 *       500 that answers a failure of the endpoint itself.
 * </ul>
 */
public final class EnvironmentEndpoint implements Endpoint {

  private final EnvironmentDump dump;
  private final NoStore noStore = new NoStore();

  /**
   * An endpoint over this dump.
   *
   * @param dump the environment dump to serve
   */
  public EnvironmentEndpoint(EnvironmentDump dump) {
    this.dump = Objects.requireNonNull(dump, "dump");
  }

  /**
   * Renders the dump, or says why not. Never throws, except a {@link VirtualMachineError}: see
   * {@link Endpoint#handle}.
   */
  @Override
  public HealthResponse handle(EndpointRequest request) {
    return LastResort.answer("environment", secretMasker(), request, this::answer);
  }

  /** The masker of the dump's configuration. */
  @Override
  public SecretMasker secretMasker() {
    return dump.secretMasker();
  }

  private HealthResponse answer(EndpointRequest request) {
    if (!Methods.isAllowed(request.method())) {
      return ErrorResponses.methodNotAllowed(request.method());
    }
    if (!EndpointPath.isRoot(request.path())) {
      return ErrorResponses.notFound(
          "no such path '" + request.path() + "'; the environment is served at the endpoint itself");
    }
    if (!request.detailsAllowed()) {
      return ErrorResponses.forbidden("the environment is not shown to this caller");
    }
    return noStore.apply(dump.run());
  }
}
