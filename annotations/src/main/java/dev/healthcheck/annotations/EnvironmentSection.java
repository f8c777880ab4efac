package dev.healthcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose return value becomes a named section of the environment dump
 * ({@code /environment}), beside the built-in {@code os}, {@code java} and {@code process}
 * sections.
 *
 * <p>Allowed shapes, checked at compile time by {@code healthcheck-processor}; each violation is a
 * compile error on the method that says how to fix it:
 * <ul>
 *   <li>the method must not take parameters, and returns any non-void type that Jackson can
 *       write (a map, a list, a record, a string...);</li>
 *   <li>the method must be visible from the generated registry's package: public, or
 *       package-private or protected when its class is in that very package; it may be static or an instance
 *       method, and may throw anything;</li>
 *   <li>the enclosing class must be top-level or static nested, visible from the registry's
 *       package, and neither local, anonymous nor generic; a class of the unnamed package can
 *       only be called by a registry in the unnamed package too;</li>
 *   <li>the section name is non-empty, made of ASCII letters, digits, {@code _}, {@code -} and
 *       {@code .}, unique within a registry, and not one of the built-in section names
 *       {@code os}, {@code java} and {@code process}.</li>
 * </ul>
 *
 * <p>Values are scrubbed before they are written. A key whose name contains a secret word
 * ({@code password}, {@code api_key}, ...: in any case, at any depth) keeps its key and has its
 * whole value replaced by {@code ********}. Secrets written inside text are masked too, under any
 * key: the user-info of {@code postgres://app:s3cret@db/app}, the value of {@code password=...}
 * or {@code X-Api-Key:...}, a bearer token, a private key, a token in a vendor's format. The
 * project's {@code docs/environment-and-secrets.md} lists the secret words, every rule and the
 * known gaps.
 *
 * <pre>{@code
 * @EnvironmentSection("application")
 * public static Map<String, String> application() {
 *   return Map.of("maintainer", "Luis Fernando Gomes", "git_repo", "https://github.com/...");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EnvironmentSection {

  /**
   * The section's name: its key in the environment dump.
   *
   * @return the section's name
   */
  String value();
}
