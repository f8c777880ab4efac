package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every secret of {@link SecretCorpus}, placed everywhere a dump can hold it, never shows in the
 * rendered body; innocent values beside them are kept.
 */
class SecretCorpusTest {

  @Test
  void corpusIsLargeEnoughToMeanSomething() {
    assertTrue(SecretCorpus.ENTRIES.size() >= 50, "entries: " + SecretCorpus.ENTRIES.size());
  }

  @Test
  void aSectionReplacedByAnErrorOrMaskedWholeFailsTheCorpusChecks() {
    String error = customOnly().section("corpus", () -> {
      throw new IllegalStateException("checkout-canary-7f3a");
    }).build().run().body();
    String masked = customOnly().section("corpus", Map.of("password", SecretCorpus.asMap())).build().run().body();

    assertThrows(AssertionError.class, () -> SecretCorpus.assertScrubbedNotReplaced(error));
    assertThrows(AssertionError.class, () -> SecretCorpus.assertScrubbedNotReplaced(masked));
  }

  @Test
  void atTopLevelOfASection() {
    assertNoLeak(SecretCorpus::asMap);
  }

  @Test
  void asSectionsOfTheirOwn() {
    EnvironmentDump.Builder builder = customOnly();
    int index = 0;
    for (SecretCorpus.Entry entry : SecretCorpus.ENTRIES) {
      // Section names are plainer than keys: letters, digits, '_', '-', '.'.
      String name = entry.name().replaceAll("[^A-Za-z0-9_.\\-]", "_") + "_" + index++;
      builder.section(name, entry.value());
    }
    String body = builder.build().run().body();
    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
  }

  @Test
  void nestedDeeperThanPyHealthcheckLooked() {
    assertNoLeak(() -> nest(SecretCorpus.asMap(), 50));
  }

  @Test
  void inListsOfMaps() {
    assertNoLeak(() -> List.of(SecretCorpus.asMap(), List.of(List.of(SecretCorpus.asMap()))));
  }

  @Test
  void asSingleEntryMapsInAList() {
    assertNoLeak(
        () -> SecretCorpus.ENTRIES.stream().map(entry -> Map.of(entry.name(), entry.value())).toList());
  }

  @Test
  void asNameValueObjectsAsKubernetesAndEcsListThem() {
    assertNoLeak(
        () ->
            Map.of(
                "env",
                SecretCorpus.ENTRIES.stream()
                    .map(entry -> Map.of("name", entry.name(), "value", entry.value()))
                    .toList()));
  }

  @Test
  void asCloudFormationParameters() {
    assertNoLeak(
        () ->
            SecretCorpus.ENTRIES.stream()
                .map(entry -> Map.of("ParameterKey", entry.name(), "ParameterValue", entry.value()))
                .toList());
  }

  /** A setting as an application might model one. */
  record Setting(String name, Object value) {}

  /** A configuration record holding the corpus three ways. */
  record Configuration(String service, Map<String, Object> settings, List<Setting> list, Setting first) {}

  @Test
  void inRecords() {
    List<Setting> settings =
        SecretCorpus.ENTRIES.stream().map(entry -> new Setting(entry.name(), entry.value())).toList();
    assertNoLeak(() -> new Configuration("shop", SecretCorpus.asMap(), settings, settings.get(0)));
  }

  @Test
  void asEnvironmentEntryStringsAsDockerInspectListsThem() {
    assertNoLeak(
        () ->
            Map.of(
                "Env",
                SecretCorpus.ENTRIES.stream().map(entry -> entry.name() + "=" + entry.value()).toList()));
  }

  @Test
  void asTheProcessEnvironmentThroughTheBuiltInProcessSection() {
    String body =
        EnvironmentDump.builder()
            .includeOs(false)
            .includeJava(false)
            .includeProcess(false)
            .section("process", () -> ProcessSection.value(SecretCorpus.asEnvironment()))
            .build()
            .run()
            .body();

    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
    JsonNode environ = Json.parse(body).get("process").get("environ");
    SecretCorpus.INNOCENT.forEach((name, value) -> assertEquals(value, environ.get(name).asText(), name));
  }

  @Test
  void asJvmOptionsAndSystemPropertiesThroughTheBuiltInJavaSection() {
    Properties properties = new Properties();
    properties.putAll(System.getProperties());
    SecretCorpus.ENTRIES.forEach(entry -> properties.setProperty(entry.name(), String.valueOf(entry.value())));
    List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseG1GC"));
    options.addAll(SecretCorpus.asJvmOptions());

    String body =
        customOnly().section("java", () -> JavaSection.value(options, properties)).build().run().body();

    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
    JsonNode java = Json.parse(body).get("java");
    assertEquals("-Xmx512m", java.get("input_arguments").get(0).asText());
    assertEquals(
        System.getProperty("java.io.tmpdir"), java.get("system_properties").get("java.io.tmpdir").asText());
  }

  @Test
  void asCommandLineArgumentsWithTheValueAfterTheFlag() {
    List<Object> argv = new ArrayList<>(List.of("/opt/java/bin/java", "-jar", "app.jar"));
    for (SecretCorpus.Entry entry : SecretCorpus.ENTRIES) {
      argv.add("--" + entry.name());
      argv.add(entry.value());
    }
    assertNoLeak(() -> Map.of("argv", argv));
  }

  @Test
  void asOneCommandLineString() {
    StringBuilder commandLine = new StringBuilder("java -jar app.jar");
    SecretCorpus.ENTRIES.forEach(entry -> commandLine.append(" --").append(entry.name()).append('=').append(entry.value()));
    assertNoLeak(() -> Map.of("command_line", commandLine.toString()));
  }

  @Test
  void asJsonHeldInText() {
    assertNoLeak(() -> Map.of("APP_CONFIG_JSON", jsonOf(SecretCorpus.asMap())));
  }

  @Test
  void asJsonEncodedTwice() {
    assertNoLeak(() -> Map.of("environ", jsonOf(jsonOf(SecretCorpus.asMap()))));
  }

  @Test
  void asEscapedJsonInsideALogLine() {
    assertNoLeak(() -> Map.of("last_request", "POST /login body=" + jsonOf(jsonOf(SecretCorpus.asMap()))));
  }

  @Test
  void throughTheHealthCheckersSectionsToo() {
    String body = HealthChecker.builder().section("config", SecretCorpus.asMap()).build().run().body();

    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
  }

  @Test
  void withTheBuiltInSectionsOnAndInnocentValuesKept() {
    Map<String, Object> innocentAndSecret = new LinkedHashMap<>(SecretCorpus.INNOCENT);
    innocentAndSecret.putAll(SecretCorpus.asMap());

    String body = EnvironmentDump.builder().section("config", innocentAndSecret).build().run().body();

    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
    JsonNode config = Json.parse(body).get("config");
    SecretCorpus.INNOCENT.forEach((name, value) -> assertEquals(value, config.get(name).asText(), name));
    assertEquals("postgres://********@db.internal:5432/shop", config.get("DATABASE_URL").asText());
    assertEquals("********", config.get("AWS_SECRET_ACCESS_KEY").asText());
    assertEquals("********", config.get("credentials").asText());
    assertEquals("********", config.get("api_keys").asText());
    assertEquals("********", config.get("pin_key").asText());
  }

  private static void assertNoLeak(Supplier<?> section) {
    String body = customOnly().section("corpus", section).build().run().body();
    assertTrue(Json.parse(body).get("corpus") != null);
    SecretCorpus.assertNoSecretIn(body);
    SecretCorpus.assertScrubbedNotReplaced(body);
  }

  private static Object nest(Object value, int depth) {
    Object nested = value;
    for (int level = 0; level < depth; level++) {
      nested = Map.of("level" + (depth - level), nested);
    }
    return nested;
  }

  private static String jsonOf(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static EnvironmentDump.Builder customOnly() {
    return EnvironmentDump.builder().includeOs(false).includeJava(false).includeProcess(false);
  }
}
