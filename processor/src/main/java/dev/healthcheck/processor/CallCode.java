package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.healthcheck.processor.CheckMethod.Shape;
import java.util.concurrent.CompletionException;

/**
 * The code that declares one check or section and calls its method directly: a method reference
 * where the method's result fits ({@code redisChecks::ping}), else a lambda
 * ({@code () -> CheckResult.of(DiskChecks.free())}). No reflection, no method handles.
 */
final class CallCode {

  private CallCode() {}

  /** {@code CheckDefinition.of("ping", redisChecks::ping).groups("readiness").timeoutMillis(500)} */
  static CodeBlock check(Owner owner, CheckMethod check) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$N($S,$W$L)",
        RuntimeTypes.CHECK_DEFINITION,
        check.shape() == Shape.ASYNC ? "async" : "of",
        check.name(),
        checkTarget(owner, check));
    if (!check.groups().isEmpty()) {
      code.add("$Z.groups($L)", check.groups().stream()
          .map(group -> CodeBlock.of("$S", group)).collect(CodeBlock.joining(",$W")));
    }
    if (check.timeoutMillis() != -1) {
      code.add("$Z.timeoutMillis($L)", longLiteral(check.timeoutMillis()));
    }
    if (!check.critical()) {
      code.add("$Z.critical(false)");
    }
    return code.build();
  }

  /** {@code new SectionDefinition("application", AppInfo::application)} */
  static CodeBlock section(Owner owner, SectionMethod section) {
    CodeBlock call = call(owner, section.isStatic(), section.method());
    CodeBlock target = section.throwsBeyondException()
        ? rethrowing(CodeBlock.of("return $L;\n", call))
        : reference(owner, section.isStatic(), section.method());
    return CodeBlock.of("new $T($S,$W$L)", RuntimeTypes.SECTION_DEFINITION, section.name(), target);
  }

  private static CodeBlock checkTarget(Owner owner, CheckMethod check) {
    CodeBlock call = call(owner, check.isStatic(), check.method());
    ClassName result = RuntimeTypes.CHECK_RESULT;
    if (check.throwsBeyondException()) {
      return rethrowing(switch (check.shape()) {
        case CHECK_RESULT, ASYNC -> CodeBlock.of("return $L;\n", call);
        case BOOLEAN -> CodeBlock.of("return $T.of($L);\n", result, call);
        case VOID -> CodeBlock.of("$L;\nreturn $T.ok($S);\n", call, result, "");
      });
    }
    return switch (check.shape()) {
      case CHECK_RESULT, ASYNC -> reference(owner, check.isStatic(), check.method());
      case BOOLEAN -> CodeBlock.of("() -> $T.of($L)", result, call);
      case VOID -> CodeBlock.of("() -> {\n$>$L;\nreturn $T.ok($S);\n$<}", call, result, "");
    };
  }

  /**
   * A lambda for a method that declares {@code throws Throwable}: {@code Check.run()} and
   * {@code Section.value()} throw only {@code Exception}, and the runtime unwraps the
   * {@code CompletionException} to report the original throwable.
   */
  private static CodeBlock rethrowing(CodeBlock body) {
    return CodeBlock.builder()
        .add("() -> {\n$>")
        .beginControlFlow("try")
        .add(body)
        .nextControlFlow("catch ($T | $T thrown)", Exception.class, Error.class)
        .addStatement("throw thrown")
        .nextControlFlow("catch ($T thrown)", Throwable.class)
        .addStatement("throw new $T(thrown)", CompletionException.class)
        .endControlFlow()
        .add("$<}")
        .build();
  }

  /** {@code DiskChecks::free} or {@code redisChecks::ping}. */
  private static CodeBlock reference(Owner owner, boolean isStatic, String method) {
    return isStatic
        ? CodeBlock.of("$T::$N", owner.type(), method)
        : CodeBlock.of("$N::$N", owner.variable(), method);
  }

  /** {@code DiskChecks.free()} or {@code redisChecks.ping()}. */
  private static CodeBlock call(Owner owner, boolean isStatic, String method) {
    return isStatic
        ? CodeBlock.of("$T.$N()", owner.type(), method)
        : CodeBlock.of("$N.$N()", owner.variable(), method);
  }

  /** {@code 500}, or {@code 5000000000L} past an int. */
  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }
}
