package dev.healthcheck.checks;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The little of Redis' protocol (RESP2) a health check speaks: commands as arrays of bulk strings,
 * and the first line of a reply.
 */
final class Resp {

  /** Replies longer than this are cut: a check reads {@code +PONG} or an error, nothing big. */
  private static final int MAX_LINE = 1024;

  private Resp() {}

  /** Writes one command, e.g. {@code *1\r\n$4\r\nPING\r\n}. */
  static void write(OutputStream out, String... words) throws IOException {
    ByteArrayOutputStream command = new ByteArrayOutputStream();
    command.writeBytes(("*" + words.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (String word : words) {
      byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
      command.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
      command.writeBytes(bytes);
      command.writeBytes(new byte[] {'\r', '\n'});
    }
    out.write(command.toByteArray());
    out.flush();
  }

  /** The first line of the next reply, without its CRLF: {@code +PONG}, {@code -NOAUTH ...}. */
  static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (b == '\n') {
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, end);
      }
      if (line.length() < MAX_LINE) {
        line.append((char) b);
      }
    }
  }
}
