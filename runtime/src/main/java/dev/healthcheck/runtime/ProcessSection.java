package dev.healthcheck.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in {@code process} section: py-healthcheck's {@code pid}, {@code argv}, {@code cwd},
 * {@code user} and {@code environ}, and what the JVM knows of its own process.
 *
 * <pre>{@code
 * {"pid": 4711, "argv": ["/opt/java/openjdk/bin/java", "-Xmx512m", "-jar", "app.jar"],
 *  "cwd": "/app", "user": "app", "start_time": "2026-01-01T12:00:00.123Z", "uptime": 3600.5,
 *  "available_processors": 2,
 *  "memory": {"heap": {"init": 33554432, "used": 12345678, "committed": 33554432, "max": 536870912},
 *             "non_heap": {"init": 7667712, "used": 23456789, "committed": 25165824, "max": null}},
 *  "threads": {"live": 21, "daemon": 17, "peak": 23},
 *  "environ": {"HOME": "/app", "DB_PASSWORD": "********", ...}}
 * }</pre>
 *
 * <p>Times follow the rest of the dump: the start time in ISO-8601, the uptime in seconds.
 * Memory is in bytes; a {@code max} the JVM does not bound is {@code null}.
 */
final class ProcessSection {

  /** The section's name in the dump. */
  static final String NAME = "process";

  private ProcessSection() {}

  static Map<String, Object> value() {
    return value(System.getenv());
  }

  /** The section with this environment (tests pass their own; Java cannot set its own). */
  static Map<String, Object> value(Map<String, String> environment) {
    ProcessHandle self = ProcessHandle.current();
    ProcessHandle.Info info = self.info();
    RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    Map<String, Object> process = new LinkedHashMap<>();
    process.put("pid", self.pid());
    process.put("argv", argv(info));
    process.put("cwd", Path.of("").toAbsolutePath().toString());
    process.put("user", info.user().orElse(System.getProperty("user.name")));
    process.put("start_time", Instant.ofEpochMilli(runtime.getStartTime()).toString());
    process.put("uptime", BigDecimal.valueOf(runtime.getUptime(), 3));
    process.put("available_processors", Runtime.getRuntime().availableProcessors());
    process.put("memory", memory());
    process.put("threads", threads());
    process.put("environ", new TreeMap<>(environment));
    return process;
  }

  /**
   * The command and its arguments, as the OS reports them; empty where it reports nothing
   * (some platforms hide other users' command lines, or truncate them).
   */
  private static List<String> argv(ProcessHandle.Info info) {
    List<String> argv = new ArrayList<>();
    info.command().ifPresent(argv::add);
    info.arguments().ifPresent(arguments -> argv.addAll(List.of(arguments)));
    return argv;
  }

  private static Map<String, Object> memory() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    Map<String, Object> pools = new LinkedHashMap<>();
    pools.put("heap", usage(memory.getHeapMemoryUsage()));
    pools.put("non_heap", usage(memory.getNonHeapMemoryUsage()));
    return pools;
  }

  private static Map<String, Object> usage(MemoryUsage usage) {
    Map<String, Object> bytes = new LinkedHashMap<>();
    bytes.put("init", undefinedAsNull(usage.getInit()));
    bytes.put("used", usage.getUsed());
    bytes.put("committed", usage.getCommitted());
    bytes.put("max", undefinedAsNull(usage.getMax()));
    return bytes;
  }

  /** {@link MemoryUsage} reports an undefined size as -1. */
  private static Long undefinedAsNull(long bytes) {
    return bytes < 0 ? null : bytes;
  }

  private static Map<String, Object> threads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("live", threads.getThreadCount());
    counts.put("daemon", threads.getDaemonThreadCount());
    counts.put("peak", threads.getPeakThreadCount());
    return counts;
  }
}
