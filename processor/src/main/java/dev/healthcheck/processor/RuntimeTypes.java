package dev.healthcheck.processor;

import com.palantir.javapoet.ClassName;

/**
 * The types generated code uses, by name, outside the JDK's {@code java.base}: {@code healthcheck-runtime} and
 * {@code healthcheck-servlet} are the user's dependencies, never the processor's, which keeps the
 * processor path small.
 */
final class RuntimeTypes {

  private static final String RUNTIME = "dev.healthcheck.runtime";
  private static final String SERVLET = "dev.healthcheck.servlet";

  static final ClassName CHECK_RESULT = ClassName.get(RUNTIME, "CheckResult");
  static final ClassName CHECK = ClassName.get(RUNTIME, "Check");
  static final ClassName ASYNC_CHECK = ClassName.get(RUNTIME, "AsyncCheck");
  static final ClassName SECTION = ClassName.get(RUNTIME, "Section");
  static final ClassName CHECK_DEFINITION = ClassName.get(RUNTIME, "CheckDefinition");
  static final ClassName SECTION_DEFINITION = ClassName.get(RUNTIME, "SectionDefinition");
  static final ClassName HEALTH_REGISTRY = ClassName.get(RUNTIME, "HealthRegistry");
  static final ClassName HEALTH_CHECKER = ClassName.get(RUNTIME, "HealthChecker");
  static final ClassName ENVIRONMENT_DUMP = ClassName.get(RUNTIME, "EnvironmentDump");
  static final ClassName HEALTH_CHECK_SERVLET = ClassName.get(SERVLET, "HealthCheckServlet");
  static final ClassName ENVIRONMENT_SERVLET = ClassName.get(SERVLET, "EnvironmentServlet");
  /** Carried by every generated file where the module can read it ({@code java.compiler}). */
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  /** The servlets' superclass: without it on the class path, javac cannot compile them. */
  static final ClassName HTTP_SERVLET = ClassName.get("jakarta.servlet.http", "HttpServlet");

  private RuntimeTypes() {}
}
