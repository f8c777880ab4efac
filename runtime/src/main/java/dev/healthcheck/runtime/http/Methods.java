package dev.healthcheck.runtime.http;

/** The methods the endpoints serve: reading only, as py-healthcheck's Flask views did. */
final class Methods {

  /** The value of {@code Allow} on a 405. */
  static final String ALLOWED = "GET, HEAD";

  private Methods() {}

  /** Whether the method is GET or HEAD; methods are case-sensitive (RFC 9110, section 9.1). */
  static boolean isAllowed(String method) {
    return "GET".equals(method) || "HEAD".equals(method);
  }
}
