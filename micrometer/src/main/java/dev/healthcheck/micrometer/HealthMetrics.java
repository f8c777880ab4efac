package dev.healthcheck.micrometer;

import dev.healthcheck.runtime.CheckDefinition;
import dev.healthcheck.runtime.CheckReport;
import dev.healthcheck.runtime.HealthChecker;
import dev.healthcheck.runtime.HealthListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * Health as Micrometer meters, read from a {@link HealthChecker}'s latest results: a scrape never
 * runs a check.
 *
 * <pre>{@code
 * new HealthMetrics(checker).bindTo(registry);
 * }</pre>
 *
 * <ul>
 *   <li>{@code health.check.status} (tags {@code check}, {@code critical}): 1 when the check's
 *       latest reported result passed, 0 when it failed. A check appears with its first result;
 *       until then it has no series, so a check that never ran cannot read as healthy.
 *   <li>{@code health.status}: 1 while the full report would pass (only a failed critical check
 *       fails it), 0 otherwise, from the checks that have a result; NaN while none has.
 *   <li>{@code health.group.status} (tag {@code group}): the same verdict over the checks of one
 *       group, as {@code /healthcheck/{group}} would give it; NaN while none of them has a result.
 *   <li>{@code health.check.duration} (Timer; tags {@code check}, {@code outcome} =
 *       {@code passed} | {@code failed}): every real run from the binding on, with the run's own
 *       outcome (a timeout is {@code failed}); results served from the cache are not runs.
 * </ul>
 *
 * <p>Tags hold only names the checker was built with and fixed words, never a check's output: a
 * series per check, not per message. The gauges hold their state strongly, so a binder nobody
 * keeps a reference to goes on reporting. One binder may be bound to several registries.
 */
public final class HealthMetrics implements MeterBinder {

  private final HealthChecker checker;
  private final LatestReports latest;
  /** Group name to the positions of its checks, sorted by name. */
  private final Map<String, int[]> groups;
  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();

  /**
   * A binder over the checker's results; it starts timing the checker's runs at once.
   *
   * @param checker the checker whose results to publish
   */
  public HealthMetrics(HealthChecker checker) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.groups = groups(checker.checks());
    this.latest = new LatestReports(checker);
    checker.addListener(new Recorder());
  }

  /** Registers the status gauges, and the timers of every run from now on, with the registry. */
  @Override
  public void bindTo(MeterRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    // Added before the scan below, so a first result that comes in between is registered by
    // the scan, by the listener, or by both (a meter registered twice is one meter).
    registries.add(registry);
    int[] everyCheck = IntStream.range(0, latest.checks()).toArray();
    verdict("health.status", "1 while the health report would pass, 0 while a critical check fails",
        everyCheck).register(registry);
    for (Map.Entry<String, int[]> group : groups.entrySet()) {
      verdict("health.group.status", "1 while the group's report would pass, 0 while a critical check of it fails",
          group.getValue())
          .tag("group", group.getKey())
          .register(registry);
    }
    for (CheckReport report : checker.latest()) {
      registerStatus(registry, report);
    }
  }

  private Gauge.Builder<LatestReports> verdict(String name, String description, int[] checks) {
    return Gauge.builder(name, latest, reports -> Verdicts.of(reports.get(), checks))
        .description(description)
        .strongReference(true);
  }

  private void registerStatus(MeterRegistry registry, CheckReport report) {
    int position = latest.position(report.checker());
    Gauge.builder("health.check.status", latest, reports -> Verdicts.of(reports.get()[position]))
        .description("1 when the check's latest result passed, 0 when it failed")
        .tags("check", report.checker(), "critical", Boolean.toString(report.critical()))
        .strongReference(true)
        .register(registry);
  }

  private static Map<String, int[]> groups(List<CheckDefinition> checks) {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < checks.size(); i++) {
      for (String group : checks.get(i).groups()) {
        members.computeIfAbsent(group, name -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> groups = new TreeMap<>();
    members.forEach((group, positions) -> groups.put(group, positions.stream().mapToInt(Integer::intValue).toArray()));
    return groups;
  }

  /** Times every real run, and gives each check its status gauge with its first result. */
  private final class Recorder implements HealthListener {

    @Override
    public void checkRan(CheckReport run) {
      latest.runHeard();
      for (MeterRegistry registry : registries) {
        Timer.builder("health.check.duration")
            .description("How long the check's real runs took; a timeout counts as failed")
            .tags("check", run.checker(), "outcome", run.passed() ? "passed" : "failed")
            .register(registry)
            .record(run.responseTime());
      }
    }

    @Override
    public void checkChanged(CheckReport previous, CheckReport current) {
      if (previous == null) {
        for (MeterRegistry registry : registries) {
          registerStatus(registry, current);
        }
      }
    }
  }
}
