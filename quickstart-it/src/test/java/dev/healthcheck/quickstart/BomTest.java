package dev.healthcheck.quickstart;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * healthcheck-bom manages exactly the artifacts this build publishes (every jar module not marked
 * {@code maven.install.skip}), each at this build's version.
 */
class BomTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern MANAGED = Pattern.compile(
      "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

  @Test
  void managesEveryPublishedJarAndNothingElse() throws IOException {
    assertEquals(new TreeSet<>(publishedJars()), new TreeSet<>(managed("artifact")));
  }

  @Test
  void managesThemAtThisBuildsVersion() throws IOException {
    String version = projectVersion(read(ROOT.resolve("pom.xml")));
    for (String managedVersion : managed("version")) {
      assertEquals(version, managedVersion);
    }
    assertEquals(version, projectVersion(read(ROOT.resolve("bom/pom.xml"))));
  }

  private static List<String> publishedJars() throws IOException {
    List<String> published = new ArrayList<>();
    Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    while (modules.find()) {
      String pom = read(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
      boolean jar = !pom.contains("<packaging>pom</packaging>");
      if (jar && !pom.contains("<maven.install.skip>true</maven.install.skip>")) {
        published.add(artifactId(pom));
      }
    }
    return published;
  }

  private static List<String> managed(String what) throws IOException {
    List<String> found = new ArrayList<>();
    String bom = read(ROOT.resolve("bom/pom.xml"));
    Matcher managed = MANAGED.matcher(bom.substring(
        bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>")));
    while (managed.find()) {
      found.add(what.equals("artifact") ? managed.group(1) : managed.group(2));
    }
    return found;
  }

  /** The project's own artifactId: the first one after the parent block, if any. */
  private static String artifactId(String pom) {
    String own = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
    Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(own);
    id.find();
    return id.group(1);
  }

  private static String projectVersion(String pom) {
    String own = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(own);
    version.find();
    return version.group(1);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }
}
