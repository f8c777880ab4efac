package dev.healthcheck.runtime.http;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * One request and its response as a server carries them: the half of a binding that is its
 * server's own. Part of the binding SPI; {@link BindingProtocol#serve} does everything else, the
 * same way for every binding.
 */
public interface Exchange {

  /** {@return the HTTP method as sent, e.g. {@code GET}} */
  String method();

  /**
   * The decoded part of the path after the endpoint's mount point: {@code null}, {@code ""} or
   * {@code "/"} for the endpoint itself, {@code "/readiness"} for one name below it.
   *
   * @return the path below the mount point, decoded
   */
  String pathBelowMount();

  /**
   * {@return the query string as sent, still percent-encoded, without the {@code ?};
   * {@code null} if none}
   */
  String rawQuery();

  /** {@return every {@code Accept} header line of the request, in order; none when it has none} */
  Iterator<String> acceptLines();

  /**
   * Sends the answer: the status, every header, {@code Content-Length: body.length}, and the body
   * unless {@code withBody} is false ({@code HEAD}). When this returns, the answer is out of the
   * binding's buffers, so that an error the protocol rethrows afterwards cannot lose it.
   *
   * @param body the body's bytes (UTF-8), never {@code null}
   * @param status the HTTP status code
   * @param headers the response headers, in order
   * @param withBody {@code false} for {@code HEAD}: headers only
   * @throws IOException if the response cannot be written
   */
  void respond(int status, Map<String, String> headers, byte[] body, boolean withBody) throws IOException;
}
