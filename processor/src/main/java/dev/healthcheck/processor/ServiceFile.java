package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/dev.healthcheck.runtime.HealthRegistry}, so
 * {@code HealthRegistry.discover()} finds the registry through {@link java.util.ServiceLoader}.
 *
 * <p>The file names only this compilation's registry. Entries left in the output directory by an
 * earlier build are not merged in, unlike AutoService: a renamed registry would leave a stale
 * entry, and {@code ServiceLoader} fails on a provider it cannot find.
 */
final class ServiceFile {

  static final String PATH = "META-INF/services/" + RuntimeTypes.HEALTH_REGISTRY.canonicalName();

  private final Filer filer;

  ServiceFile(Filer filer) {
    this.filer = filer;
  }

  /** Writes the file with the registry's binary name as its one entry. */
  void write(ClassName registry) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(registry.reflectionName() + "\n");
    }
  }
}
