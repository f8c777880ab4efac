package dev.healthcheck.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The host's name, as py-healthcheck's {@code socket.gethostname()} reports it. */
final class Hostname {

  private static volatile String cached;

  private Hostname() {}

  /**
   * The name is read once: the lookup may go to DNS, and it must not sit on every probe's path.
   * {@code HOSTNAME} comes first because it is what containers set (Kubernetes: the pod's name).
   */
  static String get() {
    String name = cached;
    if (name == null) {
      name = lookup();
      cached = name;
    }
    return name;
  }

  private static String lookup() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.trim();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unknown) {
      return "localhost";
    }
  }
}
