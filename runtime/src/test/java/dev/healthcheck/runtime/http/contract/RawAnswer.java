package dev.healthcheck.runtime.http.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written byte for byte over a raw socket, and the answer read to the end of the
 * connection: HTTP clients normalise paths, refuse odd methods and header values, and hide the
 * body of a {@code HEAD}, which is exactly what a fuzzer must not let them do.
 *
 * @param status the status code, or 0 when the server closed without answering
 * @param headers the headers, names in lower case (the last of a repeated name)
 * @param body the bytes after the headers, as UTF-8
 */
public record RawAnswer(int status, Map<String, String> headers, String body) {

  /** Sends {@code request} (a whole request, CRLFs and all) to the server and reads the answer. */
  public static RawAnswer exchange(URI base, byte[] request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000); // generous: a loaded machine is slow, a hung server never answers
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** {@code METHOD target HTTP/1.1} with {@code Host}, {@code Connection: close} and extra headers. */
  public static byte[] request(String method, String target, String... headers) {
    StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: localhost\r\nConnection: close\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static RawAnswer parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.") || end < 0) {
      return new RawAnswer(0, Map.of(), raw);
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    return new RawAnswer(Integer.parseInt(lines[0].substring(9, 12)), headers, raw.substring(end + 4));
  }

  /** Whether our endpoints wrote this answer: they, and only they, send exactly {@code no-store}. */
  public boolean fromOurEndpoints() {
    return "no-store".equals(headers.get("cache-control"));
  }

  /** The media type without parameters, lower case; {@code ""} when none. */
  public String mediaType() {
    String type = headers.getOrDefault("content-type", "");
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The status line, headers and the start of the body, for messages. */
  public String describe() {
    return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
  }
}
