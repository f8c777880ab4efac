package dev.healthcheck.runtime;

import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * The built-in {@code java} section, py-healthcheck's {@code python}: the runtime's version, vendor
 * and VM, where it lives, the class and module path, the JVM's options and selected system
 * properties.
 *
 * <p>The system properties shown are the JDK's own that describe the runtime and its platform
 * (every {@code java.*} and {@code os.*} property; {@code file.encoding}, {@code native.encoding},
 * {@code file.separator}, {@code path.separator}, {@code line.separator}; {@code user.dir},
 * {@code user.home}, {@code user.name}, {@code user.timezone}, {@code user.language},
 * {@code user.country}; {@code sun.arch.data.model}, {@code jdk.debug}) and every property set on
 * the command line with {@code -D} (what a reader of the dump looks for), with its current value.
 * Nothing else: not the JDK's internal {@code sun.*} and {@code jdk.*} properties, not
 * {@code sun.java.command} (the command line again: it would show each argument a second time,
 * beside {@code process.argv}), not what an application sets with {@code System.setProperty}
 * outside those namespaces. The class and module path are not repeated: they are lists of their
 * own. Like the rest of the dump, the values are scrubbed.
 *
 * <pre>{@code
 * {"version": "17.0.9+9", "version_info": {"feature": 17, "interim": 0, "update": 9, "patch": 0},
 *  "vendor": "Eclipse Adoptium",
 *  "vm": {"name": "OpenJDK 64-Bit Server VM", "vendor": "Eclipse Adoptium", "version": "17.0.9+9"},
 *  "home": "/opt/java/openjdk", "executable": "/opt/java/openjdk/bin/java",
 *  "class_path": ["app.jar"], "module_path": [], "input_arguments": ["-Xmx512m"],
 *  "default_charset": "UTF-8", "default_locale": "en-US", "default_timezone": "UTC",
 *  "garbage_collectors": ["G1 Young Generation", "G1 Old Generation"],
 *  "system_properties": {"file.encoding": "UTF-8", ...}}
 * }</pre>
 */
final class JavaSection {

  /** The section's name in the dump. */
  static final String NAME = "java";

  /** Shown as lists of their own, so not repeated as one long property. */
  private static final Set<String> SPLIT_PROPERTIES = Set.of("java.class.path", "jdk.module.path");

  /** The JDK's namespaces for the runtime and the platform. */
  private static final List<String> STANDARD_PREFIXES = List.of("java.", "os.");

  /** The JDK's other properties that describe the platform and the user running the JVM. */
  private static final Set<String> STANDARD_PROPERTIES =
      Set.of(
          "file.encoding", "native.encoding", "file.separator", "path.separator", "line.separator",
          "user.dir", "user.home", "user.name", "user.timezone", "user.language", "user.country",
          "sun.arch.data.model", "jdk.debug");

  private JavaSection() {}

  static Map<String, Object> value() {
    return value(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperties());
  }

  /** The section for these JVM options and system properties (tests pass their own). */
  static Map<String, Object> value(List<String> inputArguments, Properties properties) {
    Map<String, Object> java = new LinkedHashMap<>();
    Runtime.Version version = Runtime.version();
    java.put("version", version.toString());
    java.put("version_info", versionInfo(version));
    java.put("vendor", properties.getProperty("java.vendor"));
    java.put("vm", vm(properties));
    java.put("home", properties.getProperty("java.home"));
    java.put("executable", ProcessHandle.current().info().command().orElse(null));
    java.put("class_path", paths(properties.getProperty("java.class.path")));
    java.put("module_path", paths(properties.getProperty("jdk.module.path")));
    java.put("input_arguments", List.copyOf(inputArguments));
    java.put("default_charset", Charset.defaultCharset().name());
    java.put("default_locale", Locale.getDefault().toLanguageTag());
    java.put("default_timezone", TimeZone.getDefault().getID());
    java.put("garbage_collectors", garbageCollectors());
    java.put("system_properties", systemProperties(inputArguments, properties));
    return java;
  }

  /** py-healthcheck's {@code version_info}, as Java numbers its versions (JEP 322). */
  private static Map<String, Object> versionInfo(Runtime.Version version) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("feature", version.feature());
    info.put("interim", version.interim());
    info.put("update", version.update());
    info.put("patch", version.patch());
    return info;
  }

  private static Map<String, Object> vm(Properties properties) {
    Map<String, Object> vm = new LinkedHashMap<>();
    vm.put("name", properties.getProperty("java.vm.name"));
    vm.put("vendor", properties.getProperty("java.vm.vendor"));
    vm.put("version", properties.getProperty("java.vm.version"));
    return vm;
  }

  /** A path property as its entries, as py-healthcheck lists {@code sys.path}. */
  private static List<String> paths(String path) {
    if (path == null || path.isEmpty()) {
      return List.of();
    }
    return List.of(path.split(File.pathSeparator));
  }

  private static List<String> garbageCollectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .toList();
  }

  /**
   * The selected system properties (see the class comment), sorted by name: the standard ones and
   * those that {@code inputArguments} set with {@code -D}, with their values in {@code properties}.
   */
  static Map<String, String> systemProperties(List<String> inputArguments, Properties properties) {
    Set<String> selected = new HashSet<>(commandLineProperties(inputArguments));
    for (String name : properties.stringPropertyNames()) {
      if (isStandard(name)) {
        selected.add(name);
      }
    }
    Map<String, String> sorted = new TreeMap<>();
    for (String name : selected) {
      String value = properties.getProperty(name);
      if (value != null && !SPLIT_PROPERTIES.contains(name)) {
        sorted.put(name, value);
      }
    }
    return sorted;
  }

  private static boolean isStandard(String name) {
    return STANDARD_PROPERTIES.contains(name) || STANDARD_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /** The names that {@code -Dname=value} and {@code -Dname} options set. */
  private static List<String> commandLineProperties(List<String> inputArguments) {
    List<String> names = new ArrayList<>();
    for (String argument : inputArguments) {
      if (argument.startsWith("-D") && argument.length() > 2) {
        int equals = argument.indexOf('=');
        names.add(argument.substring(2, equals < 0 ? argument.length() : equals));
      }
    }
    return names;
  }
}
