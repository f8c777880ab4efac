/**
 * Runs health checks and dumps the environment: py-healthcheck's {@code HealthCheck} and
 * {@code EnvironmentDump}, for Java. Start at {@link dev.healthcheck.runtime.HealthChecker} and
 * {@link dev.healthcheck.runtime.EnvironmentDump}; serving them over HTTP is
 * {@link dev.healthcheck.runtime.http}'s.
 *
 * <h2>Where each concern lives</h2>
 *
 * <table>
 *   <caption>Concern, and the files that hold it</caption>
 *   <tr><th>concern</th><th>public</th><th>package-private</th></tr>
 *   <tr><td>what users write and registries declare</td>
 *       <td>{@code Check}, {@code AsyncCheck}, {@code CheckResult}, {@code CheckDefinition},
 *           {@code HealthRegistry}, {@code SectionDefinition}, {@code Section}</td>
 *       <td>{@code Names} (the naming rules)</td></tr>
 *   <tr><td>configuring and building</td>
 *       <td>{@code HealthChecker.Builder}, {@code EnvironmentDump.Builder}</td>
 *       <td>{@code Registrations} (what both builders share), {@code RunSettings}</td></tr>
 *   <tr><td>running checks: cache, single flight, timeout, thresholds</td>
 *       <td>{@code HealthChecker}, {@code HealthQuery}, {@code HealthListener}</td>
 *       <td>{@code CheckCatalog}, {@code CheckSlot}, {@code SectionSlot}, {@code SingleFlight},
 *           {@code ReportedState}, {@code Notifier}, {@code CheckExecutors}, {@code Deadlines},
 *           {@code Failures}</td></tr>
 *   <tr><td>results</td>
 *       <td>{@code HealthReport}, {@code CheckReport}, {@code HealthResponse}</td>
 *       <td>{@code CheckOutcome}, {@code SectionValue}, {@code ResponseKind}, {@code ResponseHeaders}</td></tr>
 *   <tr><td>bodies (JSON)</td>
 *       <td>{@code HealthFormat}</td>
 *       <td>{@code PyHealthcheckJson} (the default body), {@code HealthJsonBody} (health+json),
 *           {@code ErrorBody}, {@code JsonNumbers}, {@code JacksonSetup} (the one Jackson setup
 *           and JSON writer), {@code JsonDumpsStyle} (json.dumps' spacing and escapes),
 *           {@code JdkTypesModule}</td></tr>
 *   <tr><td>the environment dump's built-in sections</td>
 *       <td></td>
 *       <td>{@code OsSection}, {@code JavaSection}, {@code ProcessSection}, {@code Hostname}</td></tr>
 *   <tr><td>secrets, in everything a person reads</td>
 *       <td>{@code SecretMasker} (one per configuration; also the one logger)</td>
 *       <td>{@code SecretKeys} (the words), {@code SecretText} (rules inside text),
 *           {@code UrlUserInfo}, {@code Scrubber} (JSON trees), {@code MaskedFailure} and
 *           {@code LogText} (what is logged)</td></tr>
 * </table>
 *
 * <p>The secret words and every masking rule are listed in the project's
 * {@code docs/environment-and-secrets.md}.
 */
package dev.healthcheck.runtime;
