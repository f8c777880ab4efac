package dev.healthcheck.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another processor, as a user's build may hold: in its first round it writes the sources it was
 * given, so their classes reach the health check processor in the second round.
 */
final class SourceGeneratingProcessor extends AbstractProcessor {

  private final Map<String, String> sources;
  private boolean written;

  /** Writes these sources, by qualified class name, in the first round. */
  SourceGeneratingProcessor(Map<String, String> sources) {
    this.sources = new TreeMap<>(sources);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    sources.forEach((name, text) -> {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return false;
  }
}
