package dev.healthcheck.quickstart;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start and the project that the invoker builds from it identical: every
 * snippet marked {@code <!-- quickstart: PATH -->} is the file {@code src/it/quickstart/PATH}
 * (for {@code pom.xml}, the part between its "README snippet" markers).
 */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path PROJECT = Path.of("src", "it", "quickstart");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- quickstart: (\\S+) -->\\n```\\w*\\n(.*?)```\\n", Pattern.DOTALL);

  @Test
  void readmeMarksThePomAndBothJavaFiles() throws IOException {
    assertEquals(
        List.of("pom.xml", "src/main/java/com/example/AppChecks.java",
            "src/main/java/com/example/Main.java"),
        List.copyOf(snippets().keySet()));
  }

  @Test
  void everyJavaSnippetIsTheProjectsFileVerbatim() throws IOException {
    for (Map.Entry<String, String> snippet : snippets().entrySet()) {
      if (snippet.getKey().endsWith(".java")) {
        assertEquals(snippet.getValue(), read(PROJECT.resolve(snippet.getKey())),
            "README's " + snippet.getKey() + " differs from " + PROJECT.resolve(snippet.getKey()));
      }
    }
  }

  @Test
  void pomSnippetIsThePartOfTheProjectsPomBetweenItsMarkers() throws IOException {
    String pom = read(PROJECT.resolve("pom.xml"));
    String begin = "  <!-- README snippet: begin -->\n";
    String end = "  <!-- README snippet: end -->\n";
    assertTrue(pom.contains(begin) && pom.contains(end), "markers missing in the project's pom");
    String marked = pom.substring(pom.indexOf(begin) + begin.length(), pom.indexOf(end));

    assertEquals(snippets().get("pom.xml"), outdent(marked));
  }

  @Test
  void readmePinsTheCompilerPluginThisBuildUses() throws IOException {
    String parent = read(Path.of("..", "pom.xml"));
    Matcher built = Pattern.compile("<compiler-plugin.version>(.+?)</").matcher(parent);
    assertTrue(built.find(), "the parent pom names no compiler-plugin.version");

    String snippet = snippets().get("pom.xml");
    assertTrue(snippet.contains("<artifactId>maven-compiler-plugin</artifactId>\n"
            + "      <version>" + built.group(1) + "</version>\n"
            + "      <configuration>\n"
            + "        <release>17</release>\n"),
        "the README's compiler plugin is not pinned to " + built.group(1) + " with release 17");
  }

  private static Map<String, String> snippets() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher found = SNIPPET.matcher(read(README));
    while (found.find()) {
      snippets.put(found.group(1), found.group(2));
    }
    return snippets;
  }

  private static String outdent(String text) {
    return text.lines()
        .map(line -> line.startsWith("  ") ? line.substring(2) : line)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }
}
