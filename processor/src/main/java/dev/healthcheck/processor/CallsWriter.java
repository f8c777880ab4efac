package dev.healthcheck.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Writes, for one class with annotated methods, the registry's nested class that calls them: each
 * check and section is an instance holding its method's number, and {@code run()},
 * {@code start()} or {@code value()} call that method directly in a switch
 * ({@code case 0 -> redisChecks.ping();}).
 *
 * <p>Why not a lambda per method: javac's time grows faster than linearly with the number of
 * lambdas and method references in a compilation, and 2,000 of them made the registry cost
 * 1.4 s to compile; one small class per annotated class costs a fraction of that, and starts
 * faster too (no bootstrap per lambda). Dagger's {@code SwitchingProvider} does the same.
 */
final class CallsWriter {

  private final Owner owner;
  private final ClassName type;
  private final String instance;
  private final String number;
  private final List<CheckMethod> syncChecks = new ArrayList<>();
  private final List<CheckMethod> asyncChecks = new ArrayList<>();

  CallsWriter(Owner owner, ClassName registry) {
    this.owner = owner;
    this.type = registry.nestedClass(owner.names().calls());
    NameAllocator fields = new NameAllocator();
    this.instance = owner.needsInstance() ? fields.newName(owner.variable()) : null;
    this.number = fields.newName("method");
    owner.checks().forEach(check ->
        (check.shape() == Shape.ASYNC ? asyncChecks : syncChecks).add(check));
  }

  /** The class whose methods it calls. */
  Owner owner() {
    return owner;
  }

  /** {@code new RedisChecksCalls(redisChecks, 0)}, in code where the instance is a variable. */
  CodeBlock newCall(int methodNumber) {
    return owner.needsInstance()
        ? CodeBlock.of("new $T($N, $L)", type, owner.variable(), methodNumber)
        : CodeBlock.of("new $T($L)", type, methodNumber);
  }

  /** The number of a check: its place among the class's checks. */
  int numberOf(CheckMethod check) {
    return owner.checks().indexOf(check);
  }

  /** The number of a section: after every check of the class. */
  int numberOf(SectionMethod section) {
    return owner.checks().size() + owner.sections().indexOf(section);
  }

  /** The nested class. */
  TypeSpec type() {
    TypeSpec.Builder calls = TypeSpec.classBuilder(type)
        .addJavadoc("Calls the annotated methods of {@link $T}, each chosen by its number.\n",
            owner.type())
        .addModifiers(PRIVATE, STATIC, FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(PRIVATE);
    if (instance != null) {
      calls.addField(owner.type(), instance, PRIVATE, FINAL);
      constructor.addParameter(owner.type(), instance).addStatement("this.$N = $N", instance, instance);
    }
    calls.addField(int.class, number, PRIVATE, FINAL);
    calls.addMethod(constructor.addParameter(int.class, number)
        .addStatement("this.$N = $N", number, number).build());
    if (!syncChecks.isEmpty()) {
      calls.addSuperinterface(RuntimeTypes.CHECK).addMethod(run());
    }
    if (!asyncChecks.isEmpty()) {
      calls.addSuperinterface(RuntimeTypes.ASYNC_CHECK).addMethod(start());
    }
    if (!owner.sections().isEmpty()) {
      calls.addSuperinterface(RuntimeTypes.SECTION).addMethod(value());
    }
    return calls.build();
  }

  private MethodSpec run() {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (CheckMethod check : syncChecks) {
      CodeBlock call = call(check.isStatic(), check.method());
      ClassName result = RuntimeTypes.CHECK_RESULT;
      switch (check.shape()) {
        case BOOLEAN -> cases.add("case $L -> $T.of($L);\n", numberOf(check), result, call);
        case VOID -> cases.add("case $L -> {\n$>$L;\nyield $T.ok($S);\n$<}\n",
            numberOf(check), call, result, "");
        default -> cases.add("case $L -> $L;\n", numberOf(check), call);
      }
    }
    boolean rethrows = syncChecks.stream().anyMatch(CheckMethod::throwsBeyondException);
    return dispatch("run", RuntimeTypes.CHECK_RESULT, cases.build(), rethrows);
  }

  private MethodSpec start() {
    CodeBlock.Builder cases = CodeBlock.builder();
    asyncChecks.forEach(check -> cases.add("case $L -> $L;\n",
        numberOf(check), call(check.isStatic(), check.method())));
    boolean rethrows = asyncChecks.stream().anyMatch(CheckMethod::throwsBeyondException);
    TypeName stage = ParameterizedTypeName.get(
        ClassName.get(CompletionStage.class), RuntimeTypes.CHECK_RESULT);
    return dispatch("start", stage, cases.build(), rethrows);
  }

  private MethodSpec value() {
    CodeBlock.Builder cases = CodeBlock.builder();
    owner.sections().forEach(section -> cases.add("case $L -> $L;\n",
        numberOf(section), call(section.isStatic(), section.method())));
    boolean rethrows = owner.sections().stream().anyMatch(SectionMethod::throwsBeyondException);
    return dispatch("value", ClassName.OBJECT, cases.build(), rethrows);
  }

  /**
   * {@code return switch (method) { cases; default -> throw new AssertionError(method); };}, in a
   * try that rethrows a {@code Throwable} beyond {@code Exception} as a
   * {@code CompletionException} when a method declares one: the interfaces throw only
   * {@code Exception}, and the runtime unwraps the {@code CompletionException} to report the
   * original throwable.
   */
  private MethodSpec dispatch(String name, TypeName returns, CodeBlock cases, boolean rethrows) {
    CodeBlock body = CodeBlock.builder()
        .add("return switch ($N) {\n$>", number)
        .add(cases)
        .add("default -> throw new $T($N);\n", AssertionError.class, number)
        .add("$<};\n")
        .build();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(returns)
        .addException(Exception.class);
    if (!rethrows) {
      return method.addCode(body).build();
    }
    return method.beginControlFlow("try")
        .addCode(body)
        .nextControlFlow("catch ($T | $T thrown)", Exception.class, Error.class)
        .addStatement("throw thrown")
        .nextControlFlow("catch ($T thrown)", Throwable.class)
        .addStatement("throw new $T(thrown)", CompletionException.class)
        .endControlFlow()
        .build();
  }

  /** {@code DiskChecks.free()} or {@code redisChecks.ping()}. */
  private CodeBlock call(boolean isStatic, String method) {
    return isStatic
        ? CodeBlock.of("$T.$N()", owner.type(), method)
        : CodeBlock.of("$N.$N()", instance, method);
  }
}
