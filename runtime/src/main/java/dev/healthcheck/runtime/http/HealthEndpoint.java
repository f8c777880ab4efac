package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthFormat;
import dev.healthcheck.runtime.HealthQuery;
import dev.healthcheck.runtime.HealthResponse;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * The {@code /healthcheck} resource, for any HTTP binding.
 *
 * <ul>
 *   <li>{@code GET /healthcheck} runs every check; {@code GET /healthcheck/readiness} runs the group
 *       of that name or, as py-healthcheck does, the single check of that name; a name that is
 *       neither answers 404 with a JSON error, and so does any deeper path.
 *   <li>{@code ?check=db} runs only the named checks of that selection and {@code ?exclude=cache}
 *       leaves some out, as Kubernetes' {@code /livez} does; both repeat and take comma-separated
 *       lists ({@code ?exclude=a,b}); other parameters are ignored (cache busters are common).
 *   <li>{@code Accept: application/health+json} gets the IETF health+json draft's body, anything
 *       else py-healthcheck's JSON.
 *   <li>{@code HEAD} answers as {@code GET} does, without a body; any other method gets 405 with
 *       {@code Allow: GET, HEAD}.
 *   <li>A caller refused details gets the status code and a status-only body.
 *   <li>Every answer carries {@code Cache-Control: no-store}; every error is JSON.
 * </ul>
 */
public final class HealthEndpoint implements Endpoint {

  private static final Logger LOGGER = System.getLogger("dev.healthcheck");

  private final HealthChecker checker;

  /** An endpoint over this checker; share one checker so its cache serves every request. */
  public HealthEndpoint(HealthChecker checker) {
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  /** Runs the checks the request selects and renders them as it asks. */
  @Override
  public HealthResponse handle(EndpointRequest request) {
    if (!Methods.isAllowed(request.method())) {
      return ErrorResponses.methodNotAllowed(request.method());
    }
    String name = null;
    if (!EndpointPath.isRoot(request.path())) {
      name = EndpointPath.singleSegment(request.path());
      if (name == null) {
        return ErrorResponses.notFound(
            "no such path '" + request.path() + "'; ask for the endpoint itself or /{group or check}");
      }
    }
    QueryParameters parameters;
    try {
      parameters = QueryParameters.parse(request.rawQuery());
    } catch (QueryParameters.MalformedQueryException malformed) {
      return ErrorResponses.badRequest(malformed.getMessage());
    }
    HealthQuery query =
        HealthQuery.named(name)
            .include(parameters.names("check"))
            .exclude(parameters.names("exclude"))
            .format(HealthFormat.fromAccept(request.accept()))
            .details(request.detailsAllowed());
    return run(query);
  }

  private HealthResponse run(HealthQuery query) {
    try {
      return NoStore.apply(checker.run(query));
    } catch (RuntimeException broken) {
      // The checker catches what checks throw; reaching here is a bug, but a probe still gets JSON.
      LOGGER.log(Level.ERROR, "health endpoint failed on " + query, broken);
      return ErrorResponses.internalError();
    }
  }
}
