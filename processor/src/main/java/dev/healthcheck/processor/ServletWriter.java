package dev.healthcheck.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * Writes {@code GeneratedHealthCheckServlet} and {@code GeneratedEnvironmentServlet} beside the
 * registry: each has a public no-argument constructor over {@code create()}, so a user mounts
 * them by class name (in {@code web.xml} or a container's servlet registration).
 */
final class ServletWriter {

  private static final String REGISTRY_SUFFIX = "HealthRegistry";

  private final RegistryModel model;

  ServletWriter(RegistryModel model) {
    this.model = model;
  }

  /** The two servlets' source files. */
  List<JavaFile> files() {
    return List.of(
        servlet("HealthCheckServlet", RuntimeTypes.HEALTH_CHECK_SERVLET,
            RuntimeTypes.HEALTH_CHECKER, "Runs the checks"),
        servlet("EnvironmentServlet", RuntimeTypes.ENVIRONMENT_SERVLET,
            RuntimeTypes.ENVIRONMENT_DUMP, "Dumps the environment, with the sections"))
        .stream()
        .map(type -> GeneratedFile.of(model, type))
        .toList();
  }

  /**
   * The servlets take the registry's prefix: {@code GeneratedHealthRegistry} gives
   * {@code GeneratedHealthCheckServlet}, {@code AppHealthRegistry} gives {@code AppHealthCheckServlet}.
   */
  static String prefix(ClassName registry) {
    String name = registry.simpleName();
    return name.endsWith(REGISTRY_SUFFIX) && name.length() > REGISTRY_SUFFIX.length()
        ? name.substring(0, name.length() - REGISTRY_SUFFIX.length())
        : name;
  }

  private TypeSpec.Builder servlet(
      String suffix, ClassName superclass, ClassName runner, String serves) {
    ClassName registry = model.registry();
    TypeSpec.Builder type = TypeSpec.classBuilder(prefix(registry) + suffix)
        .addJavadoc("The {@link $T} of {@link $T#create()}, to mount by class name.\n",
            superclass, registry)
        .addModifiers(PUBLIC, FINAL)
        .superclass(superclass)
        // Servlets are Serializable; -Xlint:serial asks for an explicit version.
        .addField(FieldSpec.builder(long.class, "serialVersionUID", PRIVATE, STATIC, FINAL)
            .initializer("1L").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("$L of {@link $T}.\n", serves, registry)
            .addModifiers(PUBLIC)
            .addStatement("super($T.of($T.create()))", runner, registry)
            .build());
    GeneratedFile.annotate(model, type);
    return type;
  }
}
