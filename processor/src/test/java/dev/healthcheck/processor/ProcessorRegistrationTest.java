package dev.healthcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How build tools find and schedule the processor, and what it promises publicly. */
class ProcessorRegistrationTest {

  @Test
  void javacFindsTheProcessorThroughItsServiceFile() throws IOException {
    assertEquals("dev.healthcheck.processor.HealthCheckProcessor\n",
        resource("META-INF/services/javax.annotation.processing.Processor"));
  }

  @Test
  void gradleRunsItAsAnAggregatingProcessor() throws IOException {
    assertEquals("dev.healthcheck.processor.HealthCheckProcessor,aggregating\n",
        resource("META-INF/gradle/incremental.annotation.processors"));
  }

  @Test
  void supportsBothAnnotationsTheRegistryOptionAndTheLatestJava() {
    HealthCheckProcessor processor = new HealthCheckProcessor();

    assertEquals(
        Set.of("dev.healthcheck.annotations.HealthCheck",
            "dev.healthcheck.annotations.EnvironmentSection"),
        processor.getSupportedAnnotationTypes());
    assertEquals(Set.of("healthcheck.registry"), processor.getSupportedOptions());
    assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
  }

  @Test
  void theProcessorIsTheOnlyPublicClass() throws Exception {
    Path classes = Path.of("target", "classes");
    List<String> publicClasses;
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> binaryNames = files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file).toString().replace(".class", "")
              .replace(File.separatorChar, '.'))
          .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
          .toList();
      assertFalse(binaryNames.isEmpty(), "no classes under " + classes);
      publicClasses = binaryNames.stream().filter(ProcessorRegistrationTest::isPublic).toList();
    }
    assertEquals(List.of("dev.healthcheck.processor.HealthCheckProcessor"), publicClasses);
  }

  private static boolean isPublic(String binaryName) {
    try {
      return Modifier.isPublic(Class.forName(binaryName).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = HealthCheckProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
