package dev.healthcheck.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;

/**
 * Writes the registry's {@code Builder}: a lowerCamel setter per class whose instance methods the
 * registry calls, and {@code build()}, which constructs the instances not given where it can and
 * otherwise throws {@code IllegalStateException} naming the setter to call.
 */
final class BuilderWriter {

  private final RegistryModel model;
  private final ClassName registry;
  private final ClassName builder;

  BuilderWriter(RegistryModel model, ClassName registry, ClassName builder) {
    this.model = model;
    this.registry = registry;
    this.builder = builder;
  }

  /** The nested {@code Builder} class. */
  TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds a {@link $T} over the instances it is given.\n", registry)
        .addModifiers(PUBLIC, STATIC, FINAL);
    List<Owner> instances = model.instanceOwners();
    instances.forEach(owner -> type.addField(owner.type(), owner.variable(), PRIVATE));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    instances.forEach(owner -> type.addMethod(setter(owner)));
    return type.addMethod(build(instances)).build();
  }

  /** {@code redisChecks(RedisChecks redisChecks)}. */
  private MethodSpec setter(Owner owner) {
    return MethodSpec.methodBuilder(owner.variable())
        .addJavadoc("The instance of {@link $T} whose methods the registry calls.\n", owner.type())
        .addModifiers(PUBLIC)
        .returns(builder)
        .addParameter(owner.type(), owner.variable())
        .addStatement("this.$N = $T.requireNonNull($N, $S)",
            owner.variable(), Objects.class, owner.variable(), owner.variable())
        .addStatement("return this")
        .build();
  }

  private MethodSpec build(List<Owner> instances) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(PUBLIC)
        .returns(registry);
    boolean canCreate = instances.stream().allMatch(Owner::canConstruct);
    if (instances.isEmpty()) {
      build.addJavadoc("The registry of static methods.\n");
    } else if (canCreate) {
      build.addJavadoc("The registry; it constructs each instance it was not given.\n");
    } else {
      build.addJavadoc("The registry; it constructs each instance it was not given where it can.\n\n"
          + "@throws $T if an instance it cannot construct was not given\n",
          IllegalStateException.class);
    }
    for (Owner owner : instances) {
      if (!owner.canConstruct()) {
        build.beginControlFlow("if ($N == null)", owner.variable())
            .addStatement("throw new $T($S)", IllegalStateException.class,
                "call " + owner.variable() + "(...) before build(): " + registry.simpleName()
                    + " cannot construct a " + owner.type().canonicalName())
            .endControlFlow();
      }
    }
    CodeBlock arguments = instances.stream()
        .map(owner -> owner.canConstruct()
            ? CodeBlock.of("$N != null ? $N : new $T()", owner.variable(), owner.variable(), owner.type())
            : CodeBlock.of("$N", owner.variable()))
        .collect(CodeBlock.joining(",$W"));
    return build.addStatement("return new $T($L)", registry, arguments).build();
  }
}
