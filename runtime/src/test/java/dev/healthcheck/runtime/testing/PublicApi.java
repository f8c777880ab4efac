package dev.healthcheck.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public types and their public and protected members of a module, read from its compiled
 * classes, as text: one line per type, by name, each followed by its members, sorted and
 * indented. A module's test compares it with a
 * committed list, so that every change to the public API shows in a review as a change to that
 * list. Refresh the lists with {@code -Dpublic-api.update=true} and review the diff like code.
 */
public final class PublicApi {

  private PublicApi() {}

  /**
   * Fails unless the public API of the classes at {@code classes} (a directory or a jar) is the
   * list in {@code src/test/resources/public-api/<name>.txt}; rewrites that list instead when
   * {@code -Dpublic-api.update=true}.
   */
  public static void assertPinned(String name, Path classes) throws IOException {
    Path pinned = Path.of("src/test/resources/public-api", name + ".txt");
    String actual = String.join("\n", describe(classes)) + "\n";
    if (Boolean.getBoolean("public-api.update")) {
      Files.createDirectories(pinned.getParent());
      Files.writeString(pinned, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(pinned, StandardCharsets.UTF_8), actual,
        "the public API of " + name + " changed; if that is meant, rerun with -Dpublic-api.update=true"
            + " and review " + pinned);
  }

  /** Where a class was loaded from: its module's class directory or jar. */
  public static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Every public type and member of the classes at {@code classes}, sorted. */
  static List<String> describe(Path classes) throws IOException {
    if (Files.isDirectory(classes)) {
      return describeTree(classes);
    }
    try (FileSystem jar = FileSystems.newFileSystem(classes)) {
      return describeTree(jar.getPath("/"));
    }
  }

  /** Types by name, each followed by its members, sorted, indented. */
  private static List<String> describeTree(Path root) throws IOException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(PublicApi::isTypeFile).toList()) {
        Class<?> type = load(root.relativize(file).toString());
        if (isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types) {
      lines.add(type.toGenericString());
      lines.addAll(members(type));
    }
    return lines;
  }

  private static boolean isTypeFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class");
  }

  private static Class<?> load(String relative) {
    String name = relative.replace('\\', '/').replaceFirst("^/", "").replaceFirst("\\.class$", "").replace('/', '.');
    try {
      return Class.forName(name, false, PublicApi.class.getClassLoader());
    } catch (ClassNotFoundException notOnTheClassPath) {
      throw new IllegalStateException(name, notOnTheClassPath);
    }
  }

  /** Public, and nested only in public types: what a user can name. */
  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> each = type; each != null; each = each.getDeclaringClass()) {
      if (!Modifier.isPublic(each.getModifiers()) || each.isAnonymousClass() || each.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> members(Class<?> type) {
    List<String> members = new ArrayList<>();
    List<Member> all = new ArrayList<>();
    all.addAll(List.of(type.getDeclaredConstructors()));
    all.addAll(List.of(type.getDeclaredMethods()));
    all.addAll(List.of(type.getDeclaredFields()));
    for (Member member : all) {
      int modifiers = member.getModifiers();
      boolean visible = Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
      if (visible && !member.isSynthetic()) {
        members.add("  " + (member instanceof Executable executable
            ? executable.toGenericString()
            : ((Field) member).toGenericString()));
      }
    }
    members.sort(null);
    return members;
  }
}
