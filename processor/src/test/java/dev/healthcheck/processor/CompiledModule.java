package dev.healthcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * The output of one compilation as a jar would hold it: the class files and resources (the
 * service file) written under a directory, so that a class loader finds them as on a class path.
 */
final class CompiledModule {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private CompiledModule() {}

  /** Writes the compilation's class output under {@code directory}; it must have succeeded. */
  static Path write(Compilation compilation, Path directory) {
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int start = uri.indexOf(CLASS_OUTPUT);
      if (start < 0) {
        continue;
      }
      Path target = directory.resolve(uri.substring(start + CLASS_OUTPUT.length()));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }

  /** A class loader over these directories, whose parent holds the runtime and the annotations. */
  static URLClassLoader classLoader(Path... directories) {
    URL[] urls = new URL[directories.length];
    for (int i = 0; i < directories.length; i++) {
      try {
        urls[i] = directories[i].toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }
    return new URLClassLoader(urls, CompiledModule.class.getClassLoader());
  }
}
