package dev.healthcheck.runtime;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in {@code os} section: py-healthcheck's {@code platform} and {@code uname}, then what
 * the JVM knows of the machine.
 *
 * <pre>{@code
 * {"platform": "linux", "name": "Linux", "version": "6.1.0-18-amd64", "arch": "amd64",
 *  "hostname": "web1", "uname": ["Linux", "web1", "6.1.0-18-amd64", "", "amd64", ""],
 *  "available_processors": 2, "load_average": 0.42}
 * }</pre>
 */
final class OsSection {

  /** The section's name in the dump. */
  static final String NAME = "os";

  private OsSection() {}

  static Map<String, Object> value() {
    String name = System.getProperty("os.name", "");
    String version = System.getProperty("os.version", "");
    String arch = System.getProperty("os.arch", "");
    String hostname = Hostname.get();
    Map<String, Object> os = new LinkedHashMap<>();
    os.put("platform", platform(name));
    os.put("name", name);
    os.put("version", version);
    os.put("arch", arch);
    os.put("hostname", hostname);
    // py-healthcheck's platform.uname(): system, node, release, version, machine, processor. The
    // JVM knows no kernel build string nor processor name: those two are "", as py's processor
    // often was.
    os.put("uname", List.of(name, hostname, version, "", arch, ""));
    os.put("available_processors", Runtime.getRuntime().availableProcessors());
    os.put("load_average", loadAverage());
    return os;
  }

  /**
   * Python's {@code sys.platform} for this OS name: {@code linux}, {@code darwin}, {@code win32},
   * else the name in lower case without spaces.
   */
  static String platform(String osName) {
    String lower = osName.toLowerCase(Locale.ROOT);
    if (lower.startsWith("linux")) {
      return "linux";
    }
    if (lower.startsWith("mac") || lower.startsWith("darwin")) {
      return "darwin";
    }
    if (lower.startsWith("windows")) {
      return "win32";
    }
    return lower.replace(" ", "");
  }

  /** The system load average of the last minute, or null where the OS does not report one. */
  private static BigDecimal loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? null : BigDecimal.valueOf(load).setScale(2, RoundingMode.HALF_UP);
  }
}
