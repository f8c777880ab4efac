package dev.healthcheck.runtime.http;

/** The part of a request path below an endpoint's mount point. */
final class EndpointPath {

  private EndpointPath() {}

  /** Whether the path is the endpoint itself: nothing, or a single trailing slash. */
  static boolean isRoot(String path) {
    return path == null || path.isEmpty() || path.equals("/");
  }

  /**
   * The one segment of {@code /name}, or {@code null} when the path has any other shape (no
   * leading slash, an empty segment, more segments): such a path names nothing.
   */
  static String singleSegment(String path) {
    if (path == null || path.length() < 2 || path.charAt(0) != '/') {
      return null;
    }
    String segment = path.substring(1);
    return segment.indexOf('/') < 0 ? segment : null;
  }
}
