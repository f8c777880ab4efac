package dev.healthcheck.runtime;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the registered health checks and renders the result: py-healthcheck's {@code HealthCheck}.
 *
 * <pre>{@code
 * HealthChecker checker = HealthChecker.builder()
 *     .registry(GeneratedHealthRegistry.create())
 *     .check("addition_works", () -> CheckResult.ok("addition works"))
 *     .section("version", () -> "1.2.3")
 *     .build();
 * HealthResponse response = checker.run();   // status 200 or 500, headers, JSON body
 * }</pre>
 *
 * <p>Checks of one call run concurrently on a bounded executor, so a response takes about as long
 * as its slowest check; each check has a timeout (10 s unless configured), after which it is
 * reported as failed and the response goes out. Results are cached per check, 27 s after a pass and
 * 9 s after a failure, and while a check runs every caller shares that one run. Instances are
 * thread-safe and meant to live as long as the service.
 */
public final class HealthChecker implements AutoCloseable {

  private final CheckCatalog catalog;
  private final List<SectionSlot> sections;
  private final Clock clock;
  private final String hostname;
  private final ResponseKind success;
  private final ResponseKind failure;
  private final SecretMasker masker;
  private final Notifier notifier;
  private final Draining draining;
  private final Refresher refresher;
  /** The pool this checker made, which {@link #close()} stops; {@code null} for a user's executor. */
  private final ExecutorService ownExecutor;

  private HealthChecker(Builder builder) {
    this.masker = builder.registrations.masker();
    this.notifier = new Notifier(masker);
    builder.listeners.forEach(notifier::add);
    this.ownExecutor =
        builder.executor == null
            ? CheckExecutors.newDefault(builder.checks.size() + builder.registrations.size())
            : null;
    Executor executor = builder.executor == null ? ownExecutor : builder.executor;
    RunSettings settings =
        new RunSettings(
            builder.clock,
            builder.successTtl,
            builder.failedTtl,
            builder.timeout,
            executor,
            masker,
            notifier);
    this.catalog = new CheckCatalog(builder.checks, settings);
    this.sections = builder.registrations.slots(Map.of(), Names.BODY_KEYS, executor, builder.timeout);
    this.clock = builder.clock;
    this.draining = new Draining(builder.drainGroups);
    this.hostname = Hostname.get();
    this.success =
        new ResponseKind(builder.successStatus, ResponseHeaders.orDefault(builder.successHeaders), builder.successHandler, masker);
    this.failure =
        new ResponseKind(builder.failedStatus, ResponseHeaders.orDefault(builder.failedHeaders), builder.failedHandler, masker);
    PyHealthcheckJson.warmUp();
    this.refresher = Refresher.start(catalog.all(), masker);
    if (builder.checks.isEmpty()) {
      masker.log(Level.WARNING, NO_CHECKS, null);
    }
  }

  /**
   * Why a checker may have no checks, which would pass every probe for ever: said once, at
   * build time (issue 15: an always-green endpoint must not be silent).
   */
  static final String NO_CHECKS = "HealthChecker built with no checks: every run passes with no"
      + " results. If its checks come from HealthRegistry.discover(), no registry was found:"
      + " discover() finds a generated registry through its META-INF/services entry, which the"
      + " processor writes only when the registry has create() (every class with @HealthCheck"
      + " instance methods has a no-argument constructor; see the processor's NOTE). Build the"
      + " registry with GeneratedHealthRegistry.builder() and pass it to registry(..), or add"
      + " checks with check(..).";

  /**
   * A builder with py-healthcheck's defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A checker over the checks of these registries, with every option at its default.
   *
   * @param registries the registries whose checks and sections to add
   * @return the checker
   */
  public static HealthChecker of(HealthRegistry... registries) {
    return builder().registries(Arrays.asList(registries)).build();
  }

  /**
   * Runs every check: py-healthcheck's {@code run()}.
   *
   * @return the status, headers and body to send
   */
  public HealthResponse run() {
    return run(HealthQuery.all());
  }

  /**
   * Runs the group of that name or, as py-healthcheck does, the single check of that name. A name
   * that is neither answers 404 with a JSON error (py-healthcheck answered 200 with no results).
   *
   * @param name a group or check name
   * @return the status, headers and body to send
   */
  public HealthResponse run(String name) {
    return run(HealthQuery.named(name));
  }

  /**
   * Runs the checks a query selects; a name in it that matches nothing answers 404.
   *
   * @param query which checks to run and how to render them
   * @return the status, headers and body to send
   */
  public HealthResponse run(HealthQuery query) {
    Collected collected;
    try {
      collected = collect(query);
    } catch (NoSuchElementException unknown) {
      // The names that do exist are details too: a caller refused details does not see them.
      return ErrorBody.notFound(unknown.getMessage(), query.details() ? catalog : null);
    }
    ResponseKind kind = collected.status() == HealthReport.Status.FAIL ? failure : success;
    return kind.respond(collected, query);
  }

  /**
   * The structured report of every check, for Java callers.
   *
   * @return the report
   */
  public HealthReport report() {
    return report(HealthQuery.all());
  }

  /**
   * The structured report of the checks a query selects, for Java callers.
   *
   * @param query which checks to run and how to render them
   * @return the report
   * @throws NoSuchElementException if a name in the query matches no check or group
   */
  public HealthReport report(HealthQuery query) {
    return collect(query).report();
  }

  private Collected collect(HealthQuery query) {
    List<CheckSlot> selected = catalog.select(query);
    Instant now = clock.instant();
    CheckOutcome[] outcomes = new CheckOutcome[selected.size()];
    List<Flight<CheckOutcome>> flights = null; // only when a result is not cached: most probes
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = selected.get(i).cached(now);
      if (outcomes[i] == null) {
        flights = flights == null ? new ArrayList<>(Collections.nCopies(outcomes.length, null)) : flights;
        flights.set(i, selected.get(i).join(now));
      }
    }
    // Sections run beside the checks, and are never cached (py-healthcheck).
    List<Flight<SectionValue>> computing = new ArrayList<>(sections.size());
    for (SectionSlot section : sections) {
      computing.add(section.join());
    }
    List<CheckOutcome> results = new ArrayList<>(outcomes.length + 1);
    HealthReport.Status status = HealthReport.Status.PASS;
    if (draining.covers(query)) {
      CheckOutcome drained = draining.outcome(now);
      results.add(drained);
      status = status.with(drained.report());
    }
    for (int i = 0; i < outcomes.length; i++) {
      CheckOutcome result = outcomes[i] != null ? outcomes[i] : selected.get(i).await(flights.get(i));
      results.add(result);
      status = status.with(result.report());
    }
    Map<String, SectionValue> values = computing.isEmpty() ? Map.of() : new LinkedHashMap<>();
    for (int i = 0; i < computing.size(); i++) {
      values.put(sections.get(i).name(), sections.get(i).await(computing.get(i)));
    }
    return new Collected(hostname, status, clock.instant(), results, values);
  }

  /**
   * What masks secrets in this checker's outputs, with the words of {@link Builder#secretKeys}:
   * for a binding that logs or shows text about a request to this checker.
   *
   * @return the masker of this checker's configuration
   */
  public SecretMasker secretMasker() {
    return masker;
  }

  /**
   * The latest report of every check that has one, in registration order, running nothing: what
   * the last real run reported (held back by the check's thresholds, if any), for metrics,
   * dashboards and listeners. A check that has not run yet is left out.
   *
   * @return the latest report of every check that has run, in registration order
   */
  public List<CheckReport> latest() {
    List<CheckReport> reports = new ArrayList<>();
    for (CheckSlot slot : catalog.all()) {
      CheckReport latest = slot.latest();
      if (latest != null) {
        reports.add(latest);
      }
    }
    return reports;
  }

  /**
   * Adds a listener, which hears of every real run from now on; listeners add up, so a binder such
   * as the metrics one attaches to a built checker. See {@link HealthListener} for when it is called.
   *
   * @param listener the listener to call
   */
  public void addListener(HealthListener listener) {
    notifier.add(listener);
  }

  /**
   * Starts draining for a graceful shutdown: from now on, every run that covers a group named by
   * {@link Builder#drainGroups(String...)} ({@code readiness} by default), and the full run,
   * fails with one extra critical result named {@code draining}, while other groups (liveness)
   * are unaffected. Load balancers and Kubernetes then stop sending traffic before the server
   * stops. {@link #latest()} holds checks only, never {@code draining}. There is no way back.
   */
  public void startDraining() {
    draining.start();
  }

  /**
   * Whether {@link #startDraining()} was called.
   *
   * @return {@code true} once draining started
   */
  public boolean isDraining() {
    return draining.isOn();
  }

  /**
   * Stops the background refreshes, the listeners' thread and the pool this checker made (an
   * executor given to {@link Builder#executor(Executor)} is the caller's to shut down). A run
   * after {@code close()} reports checks that need the pool as failed.
   */
  @Override
  public void close() {
    refresher.close();
    notifier.close();
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  /**
   * Every registered check, in registration order.
   *
   * @return the checks
   */
  public List<CheckDefinition> checks() {
    return catalog.all().stream().map(CheckSlot::definition).toList();
  }

  /**
   * The name of every group a check belongs to.
   *
   * @return the group names
   */
  public Set<String> groups() {
    return catalog.groupNames();
  }

  /**
   * One run's results before they are rendered: the outcomes keep the JSON of cached results, and
   * the sections their scrubbed JSON, so the bodies we render only assemble text.
   */
  record Collected(
      String hostname,
      HealthReport.Status status,
      Instant timestamp,
      List<CheckOutcome> results,
      Map<String, SectionValue> sections) {

    /** The results' reports, in order. */
    List<CheckReport> reports() {
      List<CheckReport> reports = new ArrayList<>(results.size());
      for (CheckOutcome result : results) {
        reports.add(result.report());
      }
      return reports;
    }

    HealthReport report() {
      Map<String, Object> values = new LinkedHashMap<>();
      sections.forEach((name, section) -> values.put(name, section.value()));
      return new HealthReport(hostname, status, timestamp, reports(), values);
    }
  }

  /**
   * Collects a {@link HealthChecker}'s options. Every option has py-healthcheck's default; a value
   * that cannot work is refused here, with the reason, rather than at the first probe.
   */
  public static final class Builder {

    private final List<CheckDefinition> checks = new ArrayList<>();
    private final Registrations registrations = new Registrations();
    private Duration successTtl = Duration.ofSeconds(27);
    private Duration failedTtl = Duration.ofSeconds(9);
    private int successStatus = 200;
    private int failedStatus = 500;
    private Map<String, String> successHeaders;
    private Map<String, String> failedHeaders;
    /** {@code null}: py-healthcheck's JSON, rendered from the cached results' own JSON. */
    private Function<HealthReport, String> successHandler;
    private Function<HealthReport, String> failedHandler;
    private Duration timeout = Duration.ofSeconds(10);
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private final List<HealthListener> listeners = new ArrayList<>();
    private Set<String> drainGroups = Set.of("readiness");

    private Builder() {}

    /**
     * Adds the checks of a registry (its sections belong to the {@link EnvironmentDump}).
     *
     * @param registry the registry whose checks and sections to add
     * @return this builder
     */
    public Builder registry(HealthRegistry registry) {
      checks.addAll(registry.checks());
      return this;
    }

    /**
     * Adds the checks of each registry, e.g. {@code registries(HealthRegistry.discover())}.
     *
     * @param registries the registries whose checks and sections to add
     * @return this builder
     */
    public Builder registries(Iterable<? extends HealthRegistry> registries) {
      registries.forEach(this::registry);
      return this;
    }

    /**
     * Adds a check: py-healthcheck's {@code add_check}, with a name of its own.
     *
     * @param name a group or check name
     * @param check the check to run
     * @return this builder
     */
    public Builder check(String name, Check check) {
      return check(CheckDefinition.of(name, check));
    }

    /**
     * Adds a check with its groups, timeout and criticality.
     *
     * @param check the check to run
     * @return this builder
     */
    public Builder check(CheckDefinition check) {
      checks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Adds a top-level key to the health body, computed on every call: py-healthcheck's
     * {@code add_section}. A supplier that throws, or whose value writes more than 262,144
     * characters of JSON, puts {@code {"error": "..."}} in its place.
     * Values are scrubbed as {@link EnvironmentDump} scrubs its sections, and a section whose name
     * marks a secret ({@code api_key}) shows {@code ********} without being computed. A section
     * runs on the check pool with the runner's timeout: one that blocks shows
     * {@code {"error": "timed out after N ms"}}, and the response goes out.
     *
     * @param name the key: letters, digits, {@code _}, {@code -} and {@code .}
     * @param value computes the key's value on every call
     * @return this builder
     * @throws IllegalArgumentException if the name is not valid or is taken; a name that is one
     *     of the body's own keys ({@code status}) is refused by {@link #build()}
     */
    public Builder section(String name, Supplier<?> value) {
      Objects.requireNonNull(value, "value");
      return addSection(name, value::get);
    }

    /**
     * Adds a top-level key with a fixed value, e.g. {@code section("version", "1.2.3")}.
     *
     * @param name the key: letters, digits, {@code _}, {@code -} and {@code .}
     * @param value the value, the same on every call
     * @return this builder
     */
    public Builder section(String name, Object value) {
      return addSection(name, () -> value);
    }

    private Builder addSection(String name, Section section) {
      registrations.section(name, section);
      return this;
    }

    /**
     * Adds words that mark a secret, beside the default ones listed in the project's
     * {@code docs/environment-and-secrets.md}: in checks' outputs, in sections and in the log, a
     * name containing one has its value withheld, as
     * {@link EnvironmentDump.Builder#secretKeys(String...)} does. None of the default words can be
     * removed.
     *
     * @param words more words that mark a secret (case-insensitive substrings of keys)
     * @return this builder
     */
    public Builder secretKeys(String... words) {
      registrations.secretKeys(words);
      return this;
    }

    /**
     * How long a passing result is served from the cache (27 s); zero or null: not cached.
     *
     * @param ttl how long; zero or {@code null}: not cached
     * @return this builder
     */
    public Builder successTtl(Duration ttl) {
      this.successTtl = ttl(ttl, "successTtl");
      return this;
    }

    /**
     * How long a failing result is served from the cache (9 s); zero or null: not cached.
     *
     * @param ttl how long; zero or {@code null}: not cached
     * @return this builder
     */
    public Builder failedTtl(Duration ttl) {
      this.failedTtl = ttl(ttl, "failedTtl");
      return this;
    }

    /**
     * The HTTP status when the service is healthy (200).
     *
     * @param status the HTTP status code
     * @return this builder
     */
    public Builder successStatus(int status) {
      this.successStatus = status(status, "successStatus");
      return this;
    }

    /**
     * The HTTP status when a critical check failed (500).
     *
     * @param status the HTTP status code
     * @return this builder
     */
    public Builder failedStatus(int status) {
      this.failedStatus = status(status, "failedStatus");
      return this;
    }

    /**
     * The headers of a healthy response; they replace the default
     * {@code Content-Type: application/json}. Null or empty keeps the default, as in
     * py-healthcheck.
     *
     * @param headers the headers; empty keeps the default
     * @return this builder
     */
    public Builder successHeaders(Map<String, String> headers) {
      this.successHeaders = headers;
      return this;
    }

    /**
     * The headers of a failed response; see {@link #successHeaders(Map)}.
     *
     * @param headers the headers; empty keeps the default
     * @return this builder
     */
    public Builder failedHeaders(Map<String, String> headers) {
      this.failedHeaders = headers;
      return this;
    }

    /**
     * Renders the body of a healthy response (default: py-healthcheck's JSON). The report it gets
     * is masked as the default body is: checks' outputs and sections' values with secrets
     * withheld, so whatever the handler renders is safe to serve.
     *
     * @param handler renders the body from the report
     * @return this builder
     */
    public Builder successHandler(Function<HealthReport, String> handler) {
      this.successHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Renders the body of a failed response; see {@link #successHandler(Function)}.
     *
     * @param handler renders the body from the report
     * @return this builder
     */
    public Builder failedHandler(Function<HealthReport, String> handler) {
      this.failedHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * How long a check that names no timeout of its own may take (10 s).
     *
     * @param timeout the default timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Where checks run. The default is a pool of daemon threads with one thread per check (at least
     * 8, whatever the core count: checks wait on I/O), which is all it can ever need, since a check
     * never runs twice at once. A given executor should run at least as many tasks at once as
     * there are checks, or checks queue behind each other and may time out.
     *
     * @param executor where checks run; the caller shuts it down
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Adds a listener that hears of every real run from the checker's start (listeners add up);
     * see {@link HealthListener}.
     *
     * @param listener the listener to call
     * @return this builder
     */
    public Builder listener(HealthListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The groups that fail while the checker drains (replacing the default, {@code readiness}); the
     * full run fails too. See {@link HealthChecker#startDraining()}.
     *
     * @param groups the groups that fail while draining
     * @return this builder
     * @throws IllegalArgumentException if a group name is not valid
     */
    public Builder drainGroups(String... groups) {
      Set<String> names = new LinkedHashSet<>();
      for (String group : groups) {
        names.add(Names.requireValid("group", group));
      }
      this.drainGroups = names;
      return this;
    }

    /**
     * The clock that timestamps and cache expiry read (tests move one by hand).
     *
     * @param clock what timestamps and cache expiry read
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The checker.
     *
     * @return the checker
     * @throws IllegalArgumentException if two checks share a name, a group has a check's name,
     *     or a section has the name of one of the body's own keys ({@code hostname},
     *     {@code status}, {@code timestamp}, {@code results}, {@code checks}, {@code output},
     *     {@code links})
     */
    public HealthChecker build() {
      return new HealthChecker(this);
    }

    private static Duration ttl(Duration ttl, String option) {
      if (ttl == null) {
        return Duration.ZERO;
      }
      if (ttl.isNegative()) {
        throw new IllegalArgumentException(option + " must not be negative, was " + ttl);
      }
      return ttl;
    }

    private static int status(int status, String option) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException(option + " must be an HTTP status (100-599), was " + status);
      }
      return status;
    }
  }
}
