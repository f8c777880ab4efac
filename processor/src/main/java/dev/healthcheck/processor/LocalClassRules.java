package dev.healthcheck.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The rule that annotated methods are not in local or anonymous classes, which the registry
 * cannot name. javac declares those classes only when it compiles method bodies, after
 * annotation processing, so {@code getElementsAnnotatedWith} never returns their methods: this
 * rule reads the source trees instead, and knows the annotations by the names the source uses.
 * Compilers without javac's tree API (when {@code Trees.instance} refuses the environment) skip it.
 */
final class LocalClassRules {

  private static final String PACKAGE = "dev.healthcheck.annotations";

  private final Trees trees;
  private final Diagnostics diagnostics;
  private final Set<CompilationUnitTree> scanned = new HashSet<>();

  private LocalClassRules(Trees trees, Diagnostics diagnostics) {
    this.trees = trees;
    this.diagnostics = diagnostics;
  }

  /** The rule, or one that checks nothing when the compiler is not javac. */
  static LocalClassRules create(ProcessingEnvironment environment, Diagnostics diagnostics) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (IllegalArgumentException notJavac) {
      trees = null;
    }
    return new LocalClassRules(trees, diagnostics);
  }

  /** Reports each annotated method of a local or anonymous class in this round's sources. */
  void validate(RoundEnvironment round) {
    if (trees == null) {
      return;
    }
    for (Element root : round.getRootElements()) {
      TreePath path = root instanceof TypeElement ? trees.getPath(root) : null;
      if (path != null && scanned.add(path.getCompilationUnit())) {
        new Finder(path.getCompilationUnit()).scan(path.getCompilationUnit(), null);
      }
    }
  }

  /** Walks one source file, remembering whether it is inside a class without a name. */
  private final class Finder extends TreePathScanner<Void, String> {

    private final CompilationUnitTree unit;

    Finder(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitClass(ClassTree node, String enclosingKind) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      String kind = enclosingKind;
      if (parent instanceof NewClassTree) {
        kind = "an anonymous class";
      } else if (!(parent instanceof ClassTree) && !(parent instanceof CompilationUnitTree)) {
        kind = "a local class";
      }
      return super.visitClass(node, kind);
    }

    @Override
    public Void visitMethod(MethodTree node, String enclosingKind) {
      if (enclosingKind != null) {
        for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
          String simpleName = ours(annotation.getAnnotationType().toString());
          if (simpleName != null) {
            diagnostics.error(
                Messages.localClass("@" + simpleName, node.getName().toString(), enclosingKind),
                trees, node, unit);
            break;
          }
        }
      }
      return super.visitMethod(node, enclosingKind);
    }

    /** The simple name if the annotation, as written, is one of ours; else null. */
    private String ours(String written) {
      for (String qualified : Set.of(Annotations.HEALTH_CHECK, Annotations.ENVIRONMENT_SECTION)) {
        String simple = qualified.substring(PACKAGE.length() + 1);
        if (written.equals(qualified) || (written.equals(simple) && imports(qualified))) {
          return simple;
        }
      }
      return null;
    }

    private boolean imports(String qualified) {
      if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
        return true;
      }
      for (ImportTree imported : unit.getImports()) {
        String name = imported.getQualifiedIdentifier().toString();
        if (!imported.isStatic() && (name.equals(qualified) || name.equals(PACKAGE + ".*"))) {
          return true;
        }
      }
      return false;
    }
  }
}
