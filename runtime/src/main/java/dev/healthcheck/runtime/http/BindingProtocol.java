package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.HealthResponse;
import dev.healthcheck.runtime.SecretMasker;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * What every HTTP binding does with a request, in one place: ask the details policy, build the
 * {@link EndpointRequest}, let the {@link Endpoint} answer, write the answer, and rethrow a
 * {@link VirtualMachineError} once the answer is out. Part of the binding SPI: a binding to
 * another server implements {@link Exchange} over its request and calls {@link #serve}; the
 * servlets and the JDK server's handlers do exactly that.
 */
public final class BindingProtocol {

  private BindingProtocol() {}

  /**
   * Answers one request from the endpoint.
   *
   * <ol>
   *   <li>The policy is asked about {@code request}; a policy that throws, even an {@link Error},
   *       refuses details: when in doubt, show less.
   *   <li>The endpoint answers the exchange's request; it never throws but for a
   *       {@link VirtualMachineError}, for which {@link Endpoint#internalError()} is sent.
   *   <li>The status, headers and, except for {@code HEAD}, the body are written as UTF-8.
   *   <li>A {@code VirtualMachineError} caught in steps 1 or 2 is rethrown, since the JVM may be
   *       unfit to go on; the caller still got JSON rather than the server's error page.
   * </ol>
   *
   * @param request what the policy reads: the server's request type
   * @param <R> the binding's request type
   * @param endpoint the endpoint that answers
   * @param details who may see the details
   * @param exchange the request and where its answer goes
   * @throws IOException if the answer cannot be written
   */
  public static <R> void serve(
      Endpoint endpoint, DetailsPolicy<? super R> details, R request, Exchange exchange)
      throws IOException {
    VirtualMachineError fatal = null;
    boolean detailsAllowed = false;
    try {
      detailsAllowed = allows(details, request, endpoint.secretMasker());
    } catch (VirtualMachineError policyFailed) {
      fatal = policyFailed;
    }
    String method = exchange.method();
    HealthResponse answer;
    try {
      answer = endpoint.handle(new EndpointRequest(
          method, exchange.pathBelowMount(), exchange.rawQuery(), accept(exchange), detailsAllowed));
    } catch (VirtualMachineError endpointFailed) {
      fatal = fatal == null ? endpointFailed : fatal;
      answer = Endpoint.internalError();
    }
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.respond(answer.status(), answer.headers(), body, !"HEAD".equals(method));
    if (fatal != null) {
      throw fatal;
    }
  }

  /**
   * Every {@code Accept} line, joined with commas as RFC 9110 allows. Most requests have none
   * (probes, load balancers) or one, which is taken as it is; a new string is built only for a
   * second.
   */
  private static String accept(Exchange exchange) {
    Iterator<String> lines = exchange.acceptLines();
    if (!lines.hasNext()) {
      return null;
    }
    String first = lines.next();
    if (!lines.hasNext()) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    while (lines.hasNext()) {
      joined.append(',').append(lines.next());
    }
    return joined.toString();
  }

  /**
   * A policy that throws refuses details. An {@link Error} is no different (a missing class, a
   * failed assertion), but a {@link VirtualMachineError} goes on to the caller, which rethrows it
   * after answering.
   */
  private static <R> boolean allows(DetailsPolicy<? super R> details, R request, SecretMasker masker) {
    try {
      return details.allows(request);
    } catch (RuntimeException | Error broken) {
      masker.log(Level.WARNING, "details policy failed; showing no details", broken);
      if (broken instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      return false;
    }
  }
}
