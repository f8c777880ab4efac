package dev.healthcheck.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;

/**
 * Writes seeded, reproducible variants of annotated classes: the same seed gives the same
 * sources. Each variant is one to three classes of package {@code fuzz}, each with one to three
 * annotated methods, drawn over class kinds, nesting, constructors, modifiers, return types,
 * generics, names, groups and attribute values. About one variant in three breaks one rule on
 * purpose; the variant remembers the line of each broken rule, and what a valid one registers.
 */
final class SourceVariants {

  /**
   * One variant.
   *
   * @param description the seed and number, to reproduce it
   * @param packageName where its classes are, and so its registry
   * @param sources its source files
   * @param faultLines file and line of each rule broken on purpose, as
   *     {@code fuzz/C7003.java:12}
   * @param checks the names of its checks, if it is valid
   * @param refreshed the names of its checks refreshed in the background
   * @param sections the names of its sections, if it is valid
   */
  record Variant(
      String description,
      String packageName,
      List<JavaFileObject> sources,
      Set<String> faultLines,
      Set<String> checks,
      Set<String> refreshed,
      Set<String> sections) {}

  private static final String[] GROUPS = {"readiness", "liveness", "startup", "group.x-1"};

  private final long seed;
  private final Random random;
  private final int number;
  private final String packageName;
  private final Set<String> faultLines = new TreeSet<>();
  private final Set<String> checks = new TreeSet<>();
  private final Set<String> refreshed = new TreeSet<>();
  private final Set<String> sections = new TreeSet<>();
  private final List<String> checkNames = new ArrayList<>();
  /** Where each name was first used: a duplicate is reported on the second in the registry's order. */
  private final Map<String, String> namedAt = new HashMap<>();
  private int counter;
  private String file;
  private int line;
  private StringBuilder text;

  private SourceVariants(long seed, int number) {
    this.seed = seed;
    this.random = new Random(seed * 1_000_003L + number);
    this.number = number;
    // One package, and names unique across variants: variants can share one compilation and one
    // registry, and a package-private method stays in the registry's package.
    this.packageName = "fuzz";
    this.counter = number * 1_000;
  }

  /** The variant of this number for this seed. */
  static Variant variant(long seed, int number) {
    return new SourceVariants(seed, number).write();
  }

  private Variant write() {
    // One variant in three may break a rule; the others break none.
    boolean mayBreak = random.nextInt(3) == 0;
    List<JavaFileObject> sources = new ArrayList<>();
    int classes = 1 + random.nextInt(3);
    for (int i = 0; i < classes; i++) {
      sources.add(topLevel(mayBreak));
    }
    return new Variant("seed " + seed + ", variant " + number, packageName, sources,
        faultLines, checks, refreshed, sections);
  }

  /** Whether to break a rule here: only in a variant that may, and then rarely. */
  private boolean breaks(boolean mayBreak, int outOf) {
    return mayBreak && random.nextInt(outOf) == 0;
  }

  private void fault() {
    faultLines.add(file + ":" + line);
  }

  private void line(String code) {
    line++;
    text.append(code).append('\n');
  }

  private JavaFileObject topLevel(boolean mayBreak) {
    String name = "C" + (counter++);
    file = packageName.replace('.', '/') + "/" + name + ".java";
    line = 0;
    text = new StringBuilder();
    line("package " + packageName + ";");
    line("");
    int nesting = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    if (nesting == 0) {
      ownerClass(name, "public", mayBreak, "");
    } else {
      line("public class " + name + " {");
      String indent = "  ";
      for (int depth = 1; depth < nesting; depth++) {
        line(indent + "public static class N" + depth + " {");
        indent += "  ";
      }
      nestedOwner(mayBreak, indent);
      for (int depth = nesting; depth > 0; depth--) {
        indent = indent.substring(2);
        line(indent + "}");
      }
    }
    return Compilations.source(packageName + "." + name, text.toString());
  }

  private void nestedOwner(boolean mayBreak, String indent) {
    String name = "Owner" + (counter++);
    if (breaks(mayBreak, 3)) {
      String[] broken = {"public class", "private static class", "public static class"};
      int which = random.nextInt(broken.length);
      String declaration = broken[which] + " " + name + (which == 2 ? "<T>" : "");
      line(indent + declaration + " {");
      fault();
      methods(name, Kind.CLASS, mayBreak, indent + "  ", false);
      line(indent + "}");
      return;
    }
    ownerClass(name, "public static", mayBreak, indent);
  }

  enum Kind { CLASS, RECORD, ENUM, INTERFACE }

  private void ownerClass(String name, String modifiers, boolean mayBreak, String indent) {
    Kind kind = Kind.values()[random.nextInt(6) < 3 ? 0 : random.nextInt(4)];
    String keyword = switch (kind) {
      case CLASS -> "class";
      case RECORD -> "record";
      case ENUM -> "enum";
      case INTERFACE -> "interface";
    };
    String declared = modifiers.replace("static ", kind == Kind.CLASS ? "static " : "");
    line(indent + declared + " " + keyword + " " + name + (kind == Kind.RECORD ? "()" : "") + " {");
    if (kind == Kind.ENUM) {
      line(indent + "  ONE;");
    }
    if (kind == Kind.CLASS) {
      constructor(name, indent + "  ");
    }
    methods(name, kind, mayBreak, indent + "  ", kind == Kind.INTERFACE);
    line(indent + "}");
  }

  private void constructor(String name, String indent) {
    switch (random.nextInt(6)) {
      case 0 -> line(indent + "public " + name + "() {}");
      case 1 -> line(indent + "public " + name + "(String host) {}");
      case 2 -> line(indent + "private " + name + "() {}");
      case 3 -> line(indent + "public " + name + "() throws java.io.IOException {}");
      default -> { }
    }
  }

  private void methods(String owner, Kind kind, boolean mayBreak, String indent, boolean onlyStatic) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      line("");
      if (random.nextInt(5) == 0) {
        section(kind, mayBreak, indent, onlyStatic);
      } else {
        check(kind, mayBreak, indent, onlyStatic);
      }
    }
  }

  private String modifiers(Kind kind, boolean mayBreak, boolean onlyStatic) {
    boolean isStatic = onlyStatic || random.nextBoolean();
    String access;
    if (breaks(mayBreak, 6) && kind != Kind.INTERFACE) {
      access = "private ";
    } else if (kind == Kind.INTERFACE) {
      access = "";
    } else {
      access = new String[] {"public ", "public ", "", "protected "}[random.nextInt(4)];
    }
    return access + (isStatic ? "static " : "");
  }

  private void check(Kind kind, boolean mayBreak, String indent, boolean onlyStatic) {
    String method = "m" + (counter++);
    List<String> attributes = new ArrayList<>();
    String name = checkName(method, mayBreak, attributes);
    groups(mayBreak, attributes);
    boolean refreshes = operationsAttributes(mayBreak, attributes);
    line(indent + "@dev.healthcheck.annotations.HealthCheck("
        + String.join(", ", attributes) + ")");
    String modifiers = modifiers(kind, mayBreak, onlyStatic);
    String[] shape = returnShape(mayBreak);
    boolean parameters = breaks(mayBreak, 8);
    String generic = random.nextInt(8) == 0 ? "<T> " : "";
    String throwsClause = new String[] {"", "", " throws Exception", " throws Throwable"}[random.nextInt(4)];
    line(indent + modifiers + generic + shape[0] + " " + method + "(" + (parameters ? "int times" : "")
        + ")" + throwsClause + " {" + shape[1] + "}");
    if (modifiers.startsWith("private") || shape[2] != null || parameters) {
      fault();
    }
    checks.add(name);
    if (refreshes) {
      refreshed.add(name);
    }
  }

  /** {@code {type, body, broken}}: one of the four shapes, or rarely one that is not. */
  private String[] returnShape(boolean mayBreak) {
    if (breaks(mayBreak, 6)) {
      String[][] broken = {
          {"String", " return \"up\"; ", "broken"},
          {"Boolean", " return Boolean.TRUE; ", "broken"},
          {"java.util.concurrent.CompletionStage<String>", " return null; ", "broken"},
          {"java.util.List<dev.healthcheck.runtime.CheckResult>", " return null; ", "broken"}};
      return broken[random.nextInt(broken.length)];
    }
    String ok = "dev.healthcheck.runtime.CheckResult.ok(\"ok\")";
    String[][] shapes = {
        {"dev.healthcheck.runtime.CheckResult", " return " + ok + "; ", null},
        {"boolean", " return true; ", null},
        {"void", "", null},
        {"java.util.concurrent.CompletionStage<dev.healthcheck.runtime.CheckResult>",
            " return java.util.concurrent.CompletableFuture.completedFuture(" + ok + "); ", null},
        {"java.util.concurrent.CompletableFuture<dev.healthcheck.runtime.CheckResult>",
            " return java.util.concurrent.CompletableFuture.completedFuture(" + ok + "); ", null}};
    return shapes[random.nextInt(shapes.length)];
  }

  private String checkName(String method, boolean mayBreak, List<String> attributes) {
    if (breaks(mayBreak, 6)) {
      faultOnAnnotation();
      if (!checkNames.isEmpty() && random.nextBoolean()) {
        String taken = checkNames.get(random.nextInt(checkNames.size()));
        attributes.add("name = \"" + taken + "\"");
        faultLines.add(namedAt.get("check " + taken));
        return taken;
      }
      attributes.add("name = \"bad name\"");
      return "bad name";
    }
    String name = random.nextBoolean() ? method : "check-" + (counter++) + ".x_Y";
    if (!name.equals(method)) {
      attributes.add("name = \"" + name + "\"");
    }
    checkNames.add(name);
    namedAt.put("check " + name, annotationLine());
    return name;
  }

  private void groups(boolean mayBreak, List<String> attributes) {
    List<String> groups = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      groups.add("\"" + GROUPS[random.nextInt(GROUPS.length)] + "\"");
    }
    if (breaks(mayBreak, 8) && !checkNames.isEmpty()) {
      groups.add("\"" + checkNames.get(0) + "\"");
      faultOnAnnotation();
    }
    if (!groups.isEmpty()) {
      attributes.add("groups = {" + String.join(", ", groups) + "}");
    }
  }

  /** Adds some of the timeout, critical, TTL, refresh and threshold attributes; whether it refreshes. */
  private boolean operationsAttributes(boolean mayBreak, List<String> attributes) {
    boolean refreshes = false;
    String[][] values = {
        {"timeoutMillis", "-1", "5000", "60_000", "5_000_000_000L", "0", "-7"},
        {"successTtlMillis", "-1", "0", "30_000", "27000L", "-2", "-100"},
        {"failedTtlMillis", "-1", "0", "9000", "1", "-5", "-2"},
        {"refreshMillis", "0", "60_000", "0", "120000", "-1", "-60000"},
        {"failureThreshold", "1", "3", "1", "10", "0", "-1"},
        {"successThreshold", "1", "2", "1", "5", "0", "-3"}};
    for (String[] attribute : values) {
      if (random.nextInt(3) != 0) {
        continue;
      }
      boolean broken = breaks(mayBreak, 5);
      String value = attribute[broken ? 5 + random.nextInt(2) : 1 + random.nextInt(4)];
      attributes.add(attribute[0] + " = " + value);
      if (broken) {
        faultOnAnnotation();
      }
      refreshes |= attribute[0].equals("refreshMillis") && !value.equals("0") && !broken;
    }
    if (random.nextInt(4) == 0) {
      attributes.add("critical = " + random.nextBoolean());
    }
    return refreshes;
  }

  /** The annotation is written on the next line. */
  private void faultOnAnnotation() {
    faultLines.add(annotationLine());
  }

  private String annotationLine() {
    return file + ":" + (line + 1);
  }

  private void section(Kind kind, boolean mayBreak, String indent, boolean onlyStatic) {
    String method = "s" + (counter++);
    String name = "section-" + method;
    if (breaks(mayBreak, 5)) {
      name = new String[] {"os", "java", "process", "bad name", ""}[random.nextInt(5)];
      faultOnAnnotation();
    } else if (breaks(mayBreak, 6) && !sections.isEmpty()) {
      name = sections.iterator().next();
      faultOnAnnotation();
      faultLines.add(namedAt.get("section " + name));
    }
    namedAt.putIfAbsent("section " + name, annotationLine());
    line(indent + "@dev.healthcheck.annotations.EnvironmentSection(\"" + name + "\")");
    String modifiers = modifiers(kind, mayBreak, onlyStatic);
    boolean returnsVoid = breaks(mayBreak, 6);
    String[] shape = returnsVoid
        ? new String[] {"void", ""}
        : new String[][] {
            {"java.util.Map<String, String>", " return java.util.Map.of(\"k\", \"v\"); "},
            {"String", " return \"value\"; "},
            {"int", " return 42; "}}[random.nextInt(3)];
    line(indent + modifiers + shape[0] + " " + method + "() {" + shape[1] + "}");
    if (modifiers.startsWith("private") || returnsVoid) {
      fault();
    }
    sections.add(name);
  }
}
