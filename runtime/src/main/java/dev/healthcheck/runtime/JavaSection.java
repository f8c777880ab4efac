package dev.healthcheck.runtime;

import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
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
 * and VM, where it lives, the class and module path, the JVM's options and its system properties.
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
    java.put("system_properties", systemProperties(properties));
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
   * Every system property, sorted, but the two paths listed above: a user's {@code -D} options
   * are what a reader of the dump looks for, and the scrubber withholds the secret ones.
   */
  private static Map<String, String> systemProperties(Properties properties) {
    Map<String, String> sorted = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (!SPLIT_PROPERTIES.contains(name)) {
        sorted.put(name, properties.getProperty(name));
      }
    }
    return sorted;
  }
}
