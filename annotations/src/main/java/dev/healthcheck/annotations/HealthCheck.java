package dev.healthcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a health check: the generated registry calls it directly, with no reflection,
 * whenever a monitor asks for the health of the service.
 *
 * <p>Allowed shapes, checked at compile time by {@code healthcheck-processor}; each violation is a
 * compile error on the method that says how to fix it:
 * <ul>
 *   <li>the method must not take parameters; health checks are called with no arguments;</li>
 *   <li>the method must be visible from the generated registry's package: public, or
 *       package-private or protected when its class is in that very package;</li>
 *   <li>the method may be static, or an instance method of a class that the registry can get an
 *       instance of: one with an accessible no-argument constructor, or one given to the
 *       registry's builder;</li>
 *   <li>the enclosing class must be top-level or static nested, visible from the registry's
 *       package, and neither local, anonymous nor generic (javac does not run the processor at
 *       all for a compilation whose only annotated methods are in local or anonymous classes, so
 *       those are not reported there); a class of the unnamed package can only be called by a
 *       registry in the unnamed package too;</li>
 *   <li>the method returns {@code dev.healthcheck.runtime.CheckResult}, {@code boolean},
 *       {@code void} (passes unless it throws) or
 *       {@code java.util.concurrent.CompletionStage<CheckResult>} (an asynchronous check);</li>
 *   <li>it may throw anything: an exception is reported as a failed check whose output names the
 *       exception and its message;</li>
 *   <li>check and group names are non-empty and made of ASCII letters, digits, {@code _},
 *       {@code -} and {@code .}; check names are unique within a registry, and a group may not
 *       share a check's name;</li>
 *   <li>{@code timeoutMillis} is a positive number of milliseconds, or -1 for the runner's
 *       default timeout; {@code successTtlMillis} and {@code failedTtlMillis} are a positive
 *       number of milliseconds, 0 to run the check on every call, or -1 for the runner's TTL;
 *       {@code refreshMillis} is a positive number of milliseconds to refresh the check in the
 *       background, or 0 to run it on requests; {@code failureThreshold} and
 *       {@code successThreshold} are a number of runs in a row of at least 1 (1 reports every
 *       run as it is).</li>
 * </ul>
 *
 * <pre>{@code
 * public class RedisChecks {
 *   @HealthCheck(groups = "readiness", timeoutMillis = 500)
 *   public CheckResult redisAvailable() {
 *     client.ping();
 *     return CheckResult.ok("redis ok");
 *   }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HealthCheck {

  /**
   * The check's name in the JSON ({@code checker}) and in URLs ({@code /healthcheck/{name}});
   * empty means the method's name.
   *
   * @return the check's name, or empty for the method's
   */
  String name() default "";

  /**
   * The groups the check belongs to, such as {@code "liveness"}, {@code "readiness"} or
   * {@code "startup"} for Kubernetes probes; {@code /healthcheck/{group}} runs only them.
   *
   * @return the groups, in the order written
   */
  String[] groups() default {};

  /**
   * How long a monitor waits for this check before it is reported as failed: a positive number of
   * milliseconds, or -1 for the runner's default timeout (10 seconds unless configured). 0 or
   * another negative number is a compile error.
   *
   * @return the timeout in milliseconds, or -1
   */
  long timeoutMillis() default -1;

  /**
   * Whether a failure of this check fails the whole response. A failing non-critical check is
   * reported as failed, but the overall status stays a success (in health+json it is {@code warn}).
   *
   * @return whether the check is critical
   */
  boolean critical() default true;

  /**
   * How long a passing result is served from the cache: a positive number of milliseconds, 0 to
   * run the check on every call, or -1 for the runner's TTL (27 seconds unless configured). Any
   * other negative value is a compile error.
   *
   * @return the TTL in milliseconds, 0 or -1
   */
  long successTtlMillis() default -1;

  /**
   * How long a failed result is served from the cache: a positive number of milliseconds, 0 to
   * run the check on every call, or -1 for the runner's TTL (9 seconds unless configured). Any
   * other negative value is a compile error.
   *
   * @return the TTL in milliseconds, 0 or -1
   */
  long failedTtlMillis() default -1;

  /**
   * Runs the check in the background every this many milliseconds, from the checker's start, and
   * answers requests from its latest result without running it: a positive number of milliseconds
   * to refresh the check in the background, or 0 (the default) to run it on requests. A negative
   * value is a compile error.
   *
   * @return the refresh period in milliseconds, or 0
   */
  long refreshMillis() default 0;

  /**
   * How many failed runs in a row turn a passing check's reported state to failed, as Kubernetes'
   * {@code failureThreshold} counts them; a passing run resets the count. A number of runs in a
   * row of at least 1 (1 reports every run as it is); 0 or less is a compile error.
   *
   * @return the number of failed runs in a row
   */
  int failureThreshold() default 1;

  /**
   * How many passing runs in a row turn a failing check's reported state to passed, as Kubernetes'
   * {@code successThreshold} counts them; a failed run resets the count. A number of runs in a
   * row of at least 1 (1 reports every run as it is); 0 or less is a compile error.
   *
   * @return the number of passing runs in a row
   */
  int successThreshold() default 1;
}
