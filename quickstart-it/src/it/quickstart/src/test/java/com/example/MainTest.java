package com.example;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.healthcheck.runtime.EnvironmentDump;
import dev.healthcheck.runtime.HealthRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start as its reader would, and reads what it printed. */
class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mainPrintsStatus200AndThePassingDiskSpaceCheck() throws Exception {
    String printed = runMain();
    System.err.println("Main printed: " + printed);

    assertTrue(printed.startsWith("200 {"), printed);
    JsonNode body = JSON.readTree(printed.substring("200 ".length()));
    assertEquals("success", body.get("status").asText());
    JsonNode results = body.get("results");
    assertEquals(1, results.size(), printed);
    assertEquals("diskSpace", results.get(0).get("checker").asText());
    assertTrue(results.get(0).get("passed").asBoolean(), printed);
    assertTrue(results.get(0).get("output").asText().endsWith(" MiB free"), printed);
  }

  @Test
  void environmentDumpCarriesTheApplicationSection() throws Exception {
    JsonNode dump = JSON.readTree(EnvironmentDump.of(GeneratedHealthRegistry.create()).run().body());

    assertEquals("ops@example.com", dump.get("application").get("maintainer").asText());
  }

  @Test
  void discoverFindsTheGeneratedRegistryThroughItsServicesEntry() {
    List<String> found = HealthRegistry.discover().stream()
        .map(registry -> registry.getClass().getName())
        .toList();

    assertEquals(List.of("com.example.GeneratedHealthRegistry"), found);
  }

  private static String runMain() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, UTF_8));
    try {
      Main.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(UTF_8).strip();
  }
}
