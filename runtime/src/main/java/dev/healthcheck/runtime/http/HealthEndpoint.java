package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthFormat;
import dev.healthcheck.runtime.HealthQuery;
import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.SecretMasker;
import java.util.List;
import java.util.Objects;

/**
 * The {@code /healthcheck} resource, for any HTTP binding. Part of the binding SPI: the servlets
 * and the JDK server's handlers wrap it, and a binding for another server wraps it the same way
 * (see the package documentation).
 *
 * <ul>
 *   <li>{@code GET /healthcheck} runs every check; {@code GET /healthcheck/readiness} runs the group
 *       of that name or, as py-healthcheck does, the single check of that name; a name that is
 *       neither answers 404 with a JSON error, and so does any deeper path.
 *   <li>{@code ?check=db} runs only the named checks of that selection and {@code ?exclude=cache}
 *       leaves some out, as Kubernetes' {@code /livez} does; both repeat and take comma-separated
 *       lists ({@code ?exclude=a,b}); a value of theirs that is not valid percent-encoded UTF-8 is
 *       400. Other parameters are ignored, however they are written (cache busters are common).
 *   <li>{@code Accept: application/health+json} gets the IETF health+json draft's body; an
 *       {@code Accept} that prefers {@code text/html} to JSON by its q-values (a browser's) gets
 *       an HTML status page with the same status code, and so does {@code ?format=html};
 *       {@code ?format=json} forces JSON; anything else, {@code *}{@code /*} alone included, gets
 *       py-healthcheck's JSON.
 *   <li>{@code HEAD} answers as {@code GET} does, without a body; any other method gets 405 with
 *       {@code Allow: GET, HEAD}.
 *   <li>A caller refused details gets the status code and a status-only body.
 *   <li>Every answer carries {@code Cache-Control: no-store}; every error is JSON, and so is the
 *       500 that answers a failure of the endpoint itself.
 * </ul>
 */
public final class HealthEndpoint implements Endpoint {

  private static final String CHECK = "check";
  private static final String EXCLUDE = "exclude";
  private static final String FORMAT = "format";
  private static final List<String> PARAMETERS = List.of(CHECK, EXCLUDE, FORMAT);

  /** The query of a request for every check with no parameters, per format and details flag. */
  private static final HealthQuery[] EVERY_CHECK = everyCheck();

  private final HealthChecker checker;
  private final NoStore noStore = new NoStore();

  /**
   * An endpoint over this checker; share one checker so its cache serves every request.
   *
   * @param checker the checker to serve
   */
  public HealthEndpoint(HealthChecker checker) {
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  /**
   * Runs the checks the request selects and renders them as it asks. Never throws, except a
   * {@link VirtualMachineError}: see {@link Endpoint#handle}.
   */
  @Override
  public HealthResponse handle(EndpointRequest request) {
    return LastResort.answer("health", secretMasker(), request, this::answer);
  }

  /** The masker of the checker's configuration. */
  @Override
  public SecretMasker secretMasker() {
    return checker.secretMasker();
  }

  private HealthResponse answer(EndpointRequest request) {
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
      parameters = QueryParameters.parse(request.rawQuery(), PARAMETERS);
    } catch (QueryParameters.MalformedQueryException malformed) {
      return ErrorResponses.badRequest(malformed.getMessage());
    }
    HealthFormat format = format(request.accept());
    if (parameters.has(FORMAT)) {
      format = formatParameter(parameters.last(FORMAT), format);
      if (format == null) {
        return ErrorResponses.badRequest("?format= takes html or json, not '" + parameters.last(FORMAT) + "'");
      }
    }
    HealthQuery query = query(name, format, request.detailsAllowed());
    if (parameters.has(CHECK) || parameters.has(EXCLUDE)) {
      query = query.include(parameters.names(CHECK)).exclude(parameters.names(EXCLUDE));
    }
    return noStore.apply(checker.run(query));
  }

  /**
   * The query for a name (or {@code null}) in a format, with or without details; a probe's
   * (every check, no parameters) is built once, not per request.
   */
  private static HealthQuery query(String name, HealthFormat format, boolean details) {
    if (name == null) {
      return EVERY_CHECK[index(format, details)];
    }
    return withFormatAndDetails(HealthQuery.named(name), format, details);
  }

  private static HealthQuery withFormatAndDetails(HealthQuery query, HealthFormat format, boolean details) {
    HealthQuery formatted = query.format() == format ? query : query.format(format);
    return formatted.details() == details ? formatted : formatted.details(details);
  }

  /**
   * The format the {@code Accept} header asks for. Probes send none or {@code *}{@code /*}
   * (kubelet, curl), which {@link AcceptHeader#format} answers with the default: spare them
   * the parse.
   */
  private static HealthFormat format(String accept) {
    return accept == null || accept.equals("*/*")
        ? HealthFormat.PY_HEALTHCHECK
        : AcceptHeader.format(accept);
  }

  /**
   * The format {@code ?format=} names: {@code html}, or {@code json}, which keeps the JSON format
   * the {@code Accept} header chose (health+json or py-healthcheck's); {@code null} for anything
   * else.
   */
  private static HealthFormat formatParameter(String value, HealthFormat negotiated) {
    return switch (value) {
      case "html" -> HealthFormat.HTML;
      case "json" -> negotiated == HealthFormat.HTML ? HealthFormat.PY_HEALTHCHECK : negotiated;
      default -> null;
    };
  }

  private static HealthQuery[] everyCheck() {
    HealthQuery[] queries = new HealthQuery[HealthFormat.values().length * 2];
    for (HealthFormat format : HealthFormat.values()) {
      for (boolean details : new boolean[] {true, false}) {
        queries[index(format, details)] = withFormatAndDetails(HealthQuery.all(), format, details);
      }
    }
    return queries;
  }

  private static int index(HealthFormat format, boolean details) {
    return format.ordinal() * 2 + (details ? 1 : 0);
  }
}
