package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in sections, key by key, against the JVM running the test. */
class BuiltInSectionsTest {

  private static JsonNode body;

  @BeforeAll
  static void dump() {
    body = Json.parse(EnvironmentDump.builder().build().run());
  }

  @Test
  void osHasPyHealthcheckKeysAndTheJvmsView() {
    JsonNode os = body.get("os");

    assertEquals(
        List.of("platform", "name", "version", "arch", "hostname", "uname", "available_processors", "load_average"),
        Json.fieldNames(os));
    assertEquals(OsSection.platform(System.getProperty("os.name")), os.get("platform").asText());
    assertEquals(System.getProperty("os.name"), os.get("name").asText());
    assertEquals(System.getProperty("os.version"), os.get("version").asText());
    assertEquals(System.getProperty("os.arch"), os.get("arch").asText());
    assertEquals(Hostname.get(), os.get("hostname").asText());
    assertEquals(Runtime.getRuntime().availableProcessors(), os.get("available_processors").asInt());
    assertTrue(os.get("load_average").isNull() || os.get("load_average").asDouble() >= 0);
  }

  @Test
  void unameHasPyHealthcheckSixFields() {
    JsonNode uname = body.get("os").get("uname");

    assertEquals(6, uname.size());
    assertEquals(System.getProperty("os.name"), uname.get(0).asText());
    assertEquals(Hostname.get(), uname.get(1).asText());
    assertEquals(System.getProperty("os.version"), uname.get(2).asText());
    assertEquals(System.getProperty("os.arch"), uname.get(4).asText());
  }

  @Test
  void platformIsPythonsSysPlatform() {
    assertEquals("linux", OsSection.platform("Linux"));
    assertEquals("darwin", OsSection.platform("Mac OS X"));
    assertEquals("win32", OsSection.platform("Windows Server 2022"));
    assertEquals("freebsd", OsSection.platform("FreeBSD"));
    assertEquals("sunos", OsSection.platform("SunOS"));
  }

  @Test
  void javaHasVersionVendorVmHomeAndPaths() {
    JsonNode java = body.get("java");

    assertEquals(
        List.of(
            "version", "version_info", "vendor", "vm", "home", "executable", "class_path", "module_path",
            "input_arguments", "default_charset", "default_locale", "default_timezone",
            "garbage_collectors", "system_properties"),
        Json.fieldNames(java));
    assertEquals(Runtime.version().toString(), java.get("version").asText());
    assertEquals(Runtime.version().feature(), java.get("version_info").get("feature").asInt());
    assertEquals(List.of("feature", "interim", "update", "patch"), Json.fieldNames(java.get("version_info")));
    assertEquals(System.getProperty("java.vendor"), java.get("vendor").asText());
    assertEquals(System.getProperty("java.vm.name"), java.get("vm").get("name").asText());
    assertEquals(System.getProperty("java.vm.version"), java.get("vm").get("version").asText());
    assertEquals(System.getProperty("java.home"), java.get("home").asText());
    assertEquals(
        ProcessHandle.current().info().command().orElse(null), java.get("executable").textValue());
  }

  @Test
  void javaClassPathIsTheListOfEntries() {
    List<String> expected = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    assertEquals(expected, texts(body.get("java").get("class_path")));
    assertTrue(body.get("java").get("module_path").isArray());
  }

  @Test
  void javaInputArgumentsAreTheJvmsOptions() {
    List<String> expected = ManagementFactory.getRuntimeMXBean().getInputArguments();

    assertEquals(expected.size(), body.get("java").get("input_arguments").size());
  }

  @Test
  void javaSystemPropertiesAreSortedWithoutTheSplitPaths() {
    JsonNode properties = body.get("java").get("system_properties");
    List<String> names = Json.fieldNames(properties);

    assertEquals(names.stream().sorted().toList(), names);
    assertEquals(System.getProperty("java.io.tmpdir"), properties.get("java.io.tmpdir").asText());
    assertFalse(properties.has("java.class.path"));
    assertFalse(properties.has("jdk.module.path"));
    assertFalse(properties.has("sun.java.command"), "repeats process.argv");
  }

  @Test
  void systemPropertiesAreTheJdksStandardOnesAndThoseSetWithD() {
    Properties properties = new Properties();
    Map.of(
            "java.version", "17.0.9",
            "java.vm.name", "OpenJDK 64-Bit Server VM",
            "os.name", "Linux",
            "file.encoding", "UTF-8",
            "line.separator", "\n",
            "user.dir", "/app",
            "user.timezone", "UTC",
            "sun.arch.data.model", "64")
        .forEach(properties::setProperty);
    Map.of(
            "java.class.path", "app.jar",
            "jdk.module.path", "mods",
            "sun.java.command", "app.jar --db-password hunter40",
            "sun.boot.library.path", "/opt/java/lib",
            "jdk.internal.vm.ci.enabled", "false",
            "awt.toolkit", "sun.awt.X11.XToolkit",
            "set.by.the.app", "at run time")
        .forEach(properties::setProperty);
    Map.of("app.mode", "blue", "flag", "", "feature.toggle", "changed later", "jdk.tracePinnedThreads", "full")
        .forEach(properties::setProperty);
    List<String> arguments =
        List.of(
            "-Xmx512m", "-XX:+UseG1GC", "-Dapp.mode=blue", "-Dflag", "-Dfeature.toggle=as given",
            "-Djdk.tracePinnedThreads=full", "-Dremoved.since=1", "-D", "-javaagent:agent.jar");

    Map<String, String> selected = JavaSection.systemProperties(arguments, properties);

    assertEquals(
        List.of(
            "app.mode", "feature.toggle", "file.encoding", "flag", "java.version", "java.vm.name",
            "jdk.tracePinnedThreads", "line.separator", "os.name", "sun.arch.data.model",
            "user.dir", "user.timezone"),
        List.copyOf(selected.keySet()));
    assertEquals("blue", selected.get("app.mode"));
    assertEquals("", selected.get("flag"));
    assertEquals("changed later", selected.get("feature.toggle"), "the current value, not the option's");
  }

  @Test
  void systemPropertySetWithDIsShownEvenInAJdkNamespaceAndScrubbed() {
    Properties properties = new Properties();
    properties.setProperty("javax.net.ssl.keyStorePassword", "hunter41");
    properties.setProperty("sun.net.http.allowRestrictedHeaders", "true");
    List<String> arguments =
        List.of("-Djavax.net.ssl.keyStorePassword=hunter41", "-Dsun.net.http.allowRestrictedHeaders=true");

    String body =
        EnvironmentDump.builder()
            .includeOs(false).includeJava(false).includeProcess(false)
            .section("java", () -> JavaSection.value(arguments, properties))
            .build()
            .run()
            .body();

    JsonNode selected = Json.parse(body).get("java").get("system_properties");
    assertEquals(List.of("javax.net.ssl.keyStorePassword", "sun.net.http.allowRestrictedHeaders"), Json.fieldNames(selected));
    assertEquals("********", selected.get("javax.net.ssl.keyStorePassword").asText());
    assertFalse(body.contains("hunter41"));
  }

  @Test
  void javaDefaultsAndCollectors() {
    JsonNode java = body.get("java");

    assertEquals(Charset.defaultCharset().name(), java.get("default_charset").asText());
    assertEquals(TimeZone.getDefault().getID(), java.get("default_timezone").asText());
    assertEquals(
        ManagementFactory.getGarbageCollectorMXBeans().size(), java.get("garbage_collectors").size());
  }

  @Test
  void processHasPyHealthcheckKeysAndTheJvmsView() {
    JsonNode process = body.get("process");

    assertEquals(
        List.of(
            "pid", "argv", "cwd", "user", "start_time", "uptime", "available_processors", "memory",
            "threads", "environ"),
        Json.fieldNames(process));
    assertEquals(ProcessHandle.current().pid(), process.get("pid").asLong());
    assertEquals(Path.of("").toAbsolutePath().toString(), process.get("cwd").asText());
    assertEquals(
        ProcessHandle.current().info().user().orElse(System.getProperty("user.name")),
        process.get("user").asText());
    assertEquals(Runtime.getRuntime().availableProcessors(), process.get("available_processors").asInt());
  }

  @Test
  void processArgvIsTheCommandThenItsArguments() {
    ProcessHandle.Info info = ProcessHandle.current().info();
    List<String> argv = texts(body.get("process").get("argv"));

    info.command().ifPresent(command -> assertEquals(command, argv.get(0)));
    info.arguments().ifPresent(arguments -> assertEquals(arguments.length + 1, argv.size()));
  }

  @Test
  void processStartTimeAndUptimeAreTheJvms() {
    JsonNode process = body.get("process");
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();

    assertEquals(Instant.ofEpochMilli(start), Instant.parse(process.get("start_time").asText()));
    assertTrue(process.get("uptime").isNumber());
    assertTrue(process.get("uptime").asDouble() > 0);
  }

  @Test
  void processMemoryIsInBytes() {
    JsonNode memory = body.get("process").get("memory");

    assertEquals(List.of("heap", "non_heap"), Json.fieldNames(memory));
    JsonNode heap = memory.get("heap");
    assertEquals(List.of("init", "used", "committed", "max"), Json.fieldNames(heap));
    assertTrue(heap.get("used").asLong() > 0);
    assertTrue(heap.get("committed").asLong() >= heap.get("used").asLong());
    long max = Runtime.getRuntime().maxMemory();
    assertEquals(max == Long.MAX_VALUE ? null : max, heap.get("max").isNull() ? null : heap.get("max").asLong());
  }

  @Test
  void processThreadsAreCounted() {
    JsonNode threads = body.get("process").get("threads");

    assertEquals(List.of("live", "daemon", "peak"), Json.fieldNames(threads));
    assertTrue(threads.get("live").asInt() >= 1);
    assertTrue(threads.get("peak").asInt() >= threads.get("live").asInt() - 1);
  }

  @Test
  void processEnvironIsTheEnvironmentSortedWithInnocentValuesKept() {
    JsonNode environ = body.get("process").get("environ");
    Map<String, String> environment = System.getenv();

    assertEquals(environment.keySet().stream().sorted().toList(), Json.fieldNames(environ));
    String path = environment.get("PATH");
    if (path != null) {
      assertEquals(path, environ.get("PATH").asText());
    }
  }

  @Test
  void processEnvironHasPyHealthcheckMaskForSecretNames() {
    JsonNode environ = body.get("process").get("environ");

    System.getenv().keySet().stream()
        .filter(SecretKeys.DEFAULT::isSecret)
        .forEach(name -> assertEquals(SecretMasker.MASK, environ.get(name).asText(), name));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
