package dev.healthcheck.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the registry's {@code Builder}: a lowerCamel setter per class whose instance methods the
 * registry calls, and {@code build()}, which constructs the instances not given where it can and
 * otherwise throws {@code IllegalStateException} naming every setter still to call.
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
    if (instances.isEmpty()) {
      build.addJavadoc("The registry of static methods.\n");
    } else if (model.canCreate()) {
      build.addJavadoc("The registry; it constructs each instance it was not given.\n");
    } else {
      build.addJavadoc("The registry; it constructs each instance it was not given where it can.\n\n"
          + "@throws $T if an instance it cannot construct was not given\n",
          IllegalStateException.class);
    }
    List<Owner> given = model.ownersToGive();
    if (given.size() == 1) {
      build.addCode(requireOne(given.get(0)));
    } else if (given.size() > 1) {
      build.addCode(requireAll(given, instances));
    }
    CodeBlock arguments = instances.stream()
        .map(owner -> owner.canConstruct()
            ? CodeBlock.of("$N != null ? $N : new $T()", owner.variable(), owner.variable(), owner.type())
            : CodeBlock.of("$N", owner.variable()))
        .collect(CodeBlock.joining(",$W"));
    return build.addStatement("return new $T($L)", registry, arguments).build();
  }

  /** {@code if (mailChecks == null) throw ...}: the one instance the builder must be given. */
  private CodeBlock requireOne(Owner owner) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", owner.variable())
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "call " + owner.variable() + "(...) before build(): " + registry.simpleName()
                + " cannot construct a " + owner.type().canonicalName())
        .endControlFlow()
        .build();
  }

  /** Collects every instance the builder must be given and was not, so one failure names all. */
  private CodeBlock requireAll(List<Owner> given, List<Owner> instances) {
    NameAllocator locals = new NameAllocator();
    instances.forEach(owner -> locals.newName(owner.variable()));
    String missing = locals.newName("missing");
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T<$T> $N = new $T<>()", List.class, String.class, missing, ArrayList.class);
    for (Owner owner : given) {
      code.beginControlFlow("if ($N == null)", owner.variable())
          .addStatement("$N.add($S)", missing,
              owner.variable() + "(...) for a " + owner.type().canonicalName())
          .endControlFlow();
    }
    return code.beginControlFlow("if (!$N.isEmpty())", missing)
        .addStatement("throw new $T($S + $T.join($S, $N) + $S)", IllegalStateException.class,
            registry.simpleName() + " cannot construct every instance it calls; call ",
            String.class, " and ", missing, " before build()")
        .endControlFlow()
        .build();
  }
}
