package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.SecretMasker;
import java.lang.System.Logger.Level;
import java.util.function.Function;

/** What an endpoint answers when answering fails: the one place both endpoints share it. */
final class LastResort {

  /** Built with the class, so that it is there when memory has run out; see {@link Endpoint}. */
  private static final HealthResponse FAILED = ErrorResponses.internalError();

  private LastResort() {}

  /**
   * The endpoint's answer, or, when answering throws (a bug, or user code the runtime does not
   * guard), the logged JSON 500. A {@link VirtualMachineError} is rethrown after logging, for the
   * binding to answer if it still can: see {@link Endpoint#handle}. The request's query and the
   * failure's messages are logged through the configuration's masker: a query may carry a token.
   */
  static HealthResponse answer(
      String endpoint,
      SecretMasker masker,
      EndpointRequest request,
      Function<EndpointRequest, HealthResponse> answer) {
    try {
      return answer.apply(request);
    } catch (RuntimeException | Error broken) {
      masker.log(Level.ERROR, endpoint + " endpoint failed on " + request, broken);
      if (broken instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      return FAILED;
    }
  }
}
