package dev.healthcheck.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the registry class of DESIGN.md with JavaPoet: fields, constructors, {@code create()},
 * {@code builder()}, {@code checks()}, {@code sections()}, one method per class that adds its
 * checks then its sections, and the {@code Builder}. All decisions come from the model.
 */
final class RegistryWriter {

  private static final ClassName LIST = ClassName.get(List.class);

  private final RegistryModel model;
  private final ClassName registry;
  private final ClassName builder;

  RegistryWriter(RegistryModel model) {
    this.model = model;
    this.registry = model.registry();
    this.builder = registry.nestedClass("Builder");
  }

  /** The registry's source file. */
  JavaFile file() {
    TypeSpec.Builder type = TypeSpec.classBuilder(registry)
        .addJavadoc("The health checks and environment sections of the {@code @HealthCheck} and\n"
            + "{@code @EnvironmentSection} methods of this compilation, written by\n"
            + "healthcheck-processor. Each check calls its method directly.\n")
        .addModifiers(PUBLIC, FINAL)
        .addSuperinterface(RuntimeTypes.HEALTH_REGISTRY);
    GeneratedFile.annotate(model, type);
    if (model.usesDeprecated()) {
      // Calling a deprecated check is the user's choice; the warning belongs at their declaration.
      // Without this, -Werror builds fail on code they cannot edit ("removal" warns even
      // without -Xlint).
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "deprecation", "removal")
          .build());
    }
    addFields(type);
    addConstructors(type);
    addFactories(type);
    addAccessors(type);
    List<CallsWriter> calls =
        model.owners().stream().map(owner -> new CallsWriter(owner, registry)).toList();
    calls.forEach(ownerCalls -> type.addMethod(addOwnerMethod(ownerCalls)));
    type.addType(new BuilderWriter(model, registry, builder).type());
    calls.forEach(ownerCalls -> type.addType(ownerCalls.type()));
    return GeneratedFile.of(model, type);
  }

  private void addFields(TypeSpec.Builder type) {
    type.addField(FieldSpec.builder(listOf(RuntimeTypes.CHECK_DEFINITION), "checks", PRIVATE, FINAL)
        .initializer("new $T<>()", ArrayList.class).build());
    type.addField(FieldSpec.builder(listOf(RuntimeTypes.SECTION_DEFINITION), "sections", PRIVATE, FINAL)
        .initializer("new $T<>()", ArrayList.class).build());
  }

  private void addConstructors(TypeSpec.Builder type) {
    List<Owner> instances = model.instanceOwners();
    if (model.canCreate() && !instances.isEmpty()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("A registry over a new instance of each class; {@link java.util.ServiceLoader}"
              + " calls it.\n")
          .addModifiers(PUBLIC)
          .addStatement("this($L)", instances.stream()
              .map(owner -> CodeBlock.of("new $T()", owner.type())).collect(CodeBlock.joining(",$W")))
          .build());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    if (instances.isEmpty()) {
      constructor.addJavadoc("A registry of static methods; {@link java.util.ServiceLoader} calls it.\n")
          .addModifiers(PUBLIC);
    } else {
      constructor.addModifiers(PRIVATE);
    }
    instances.forEach(owner -> constructor.addParameter(owner.type(), owner.variable()));
    for (Owner owner : model.owners()) {
      constructor.addStatement("$N($L)", addMethodName(owner),
          owner.needsInstance() ? CodeBlock.of("$N", owner.variable()) : CodeBlock.of(""));
    }
    type.addMethod(constructor.build());
  }

  private void addFactories(TypeSpec.Builder type) {
    if (model.canCreate()) {
      type.addMethod(MethodSpec.methodBuilder("create")
          .addJavadoc("The registry over a new instance of each class it calls.\n")
          .addModifiers(PUBLIC, STATIC)
          .returns(registry)
          .addStatement("return new $T()", registry)
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder that takes the instances to call, such as ones a container made.\n")
        .addModifiers(PUBLIC, STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
  }

  private void addAccessors(TypeSpec.Builder type) {
    type.addMethod(accessor("checks", RuntimeTypes.CHECK_DEFINITION));
    type.addMethod(accessor("sections", RuntimeTypes.SECTION_DEFINITION));
  }

  private static MethodSpec accessor(String field, ClassName element) {
    return MethodSpec.methodBuilder(field)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(listOf(element))
        .addStatement("return $T.unmodifiableList($N)", Collections.class, field)
        .build();
  }

  /** {@code addRedisChecks(redisChecks)}: the class's checks in source order, then its sections. */
  private MethodSpec addOwnerMethod(CallsWriter calls) {
    Owner owner = calls.owner();
    MethodSpec.Builder method = MethodSpec.methodBuilder(addMethodName(owner)).addModifiers(PRIVATE);
    if (owner.needsInstance()) {
      method.addParameter(owner.type(), owner.variable());
    }
    for (CheckMethod check : owner.checks()) {
      method.addStatement("this.checks.add($T.$N($S,$W$L)$L)",
          RuntimeTypes.CHECK_DEFINITION,
          check.shape() == Shape.ASYNC ? "async" : "of",
          check.name(),
          calls.newCall(calls.numberOf(check)),
          options(check));
    }
    for (SectionMethod section : owner.sections()) {
      method.addStatement("this.sections.add(new $T($S,$W$L))",
          RuntimeTypes.SECTION_DEFINITION, section.name(), calls.newCall(calls.numberOf(section)));
    }
    return method.build();
  }

  /**
   * {@code .groups("readiness").timeoutMillis(500).critical(false).successTtlMillis(5000)}: what
   * differs from the annotation's defaults, in the annotation's order.
   */
  private static CodeBlock options(CheckMethod check) {
    CodeBlock.Builder code = CodeBlock.builder();
    CheckAttributes attributes = check.attributes();
    if (!attributes.groups().isEmpty()) {
      code.add("$Z.groups($L)", attributes.groups().stream()
          .map(group -> CodeBlock.of("$S", group)).collect(CodeBlock.joining(", ")));
    }
    if (attributes.timeoutMillis() != -1) {
      code.add("$Z.timeoutMillis($L)", longLiteral(attributes.timeoutMillis()));
    }
    if (!attributes.critical()) {
      code.add("$Z.critical(false)");
    }
    addSchedule(code, attributes);
    return code.build();
  }

  /** {@code .successTtlMillis(5000).refreshMillis(15000)}: when it runs and how it is reported. */
  private static void addSchedule(CodeBlock.Builder code, CheckAttributes attributes) {
    if (attributes.successTtlMillis() != -1) {
      code.add("$Z.successTtlMillis($L)", longLiteral(attributes.successTtlMillis()));
    }
    if (attributes.failedTtlMillis() != -1) {
      code.add("$Z.failedTtlMillis($L)", longLiteral(attributes.failedTtlMillis()));
    }
    if (attributes.refreshMillis() != 0) {
      code.add("$Z.refreshMillis($L)", longLiteral(attributes.refreshMillis()));
    }
    if (attributes.failureThreshold() != 1) {
      code.add("$Z.failureThreshold($L)", attributes.failureThreshold());
    }
    if (attributes.successThreshold() != 1) {
      code.add("$Z.successThreshold($L)", attributes.successThreshold());
    }
  }

  /** {@code 500}, or {@code 5000000000L} beyond an {@code int}. */
  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  private static String addMethodName(Owner owner) {
    return owner.names().adder();
  }

  private static ParameterizedTypeName listOf(ClassName element) {
    return ParameterizedTypeName.get(LIST, element);
  }
}
