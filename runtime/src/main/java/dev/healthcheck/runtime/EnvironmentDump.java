package dev.healthcheck.runtime;

import dev.healthcheck.runtime.SingleFlight.Flight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Describes the running service as JSON, with secrets withheld: py-healthcheck's
 * {@code EnvironmentDump}.
 *
 * <pre>{@code
 * EnvironmentDump dump = EnvironmentDump.builder()
 *     .registry(GeneratedHealthRegistry.create())          // its @EnvironmentSection methods
 *     .section("application", () -> Map.of("maintainer", "ops@example.com"))
 *     .build();
 * HealthResponse response = dump.run();   // 200, Content-Type: application/json
 * }</pre>
 *
 * <p>The body is one JSON object with, in this order, the built-in sections {@code os} (platform,
 * name, version, architecture, hostname, py-healthcheck's {@code uname}, processors, load average),
 * {@code java} (py-healthcheck's {@code python}: version, vendor, VM, home, executable, class and
 * module path, JVM options, default charset, locale and time zone, garbage collectors, and
 * selected system properties: the JDK's {@code java.*} and {@code os.*}, a few more that describe
 * the platform and the user, and those set with {@code -D}) and {@code process} (pid,
 * {@code argv}, {@code cwd}, user, start time, uptime, processors, heap and non-heap memory,
 * threads, {@code environ}: the environment variables), then the custom sections in the order
 * they were added. Every section is computed on every call, never cached (as in py-healthcheck).
 * A section that throws, or whose value Jackson cannot write, is
 * {@code {"error": "<exception class>: <message>"}}, one that writes more than 262,144 characters
 * of JSON is {@code {"error": "too large: ..."}}, and the rest is served as usual: {@link #run()}
 * answers 200 and does not throw.
 *
 * <h2>What is withheld</h2>
 *
 * <p>Every section, built-in or custom, is scrubbed at every depth before it is written: a key
 * that names a secret (it contains a secret word, such as {@code password} or {@code api_key})
 * keeps its key and has its whole value replaced by {@code "********"}, and secrets written
 * inside any text (the user-info of a URL, {@code password=...}, a bearer token, a private key, a
 * vendor's token) are masked where they stand. {@link Builder#secretKeys(String...)} adds words.
 * The project's {@code docs/environment-and-secrets.md} lists the secret words, every rule and
 * the known gaps.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EnvironmentDump {

  private final List<SectionSlot> sections;
  private final SecretMasker masker;

  private EnvironmentDump(List<SectionSlot> sections, SecretMasker masker) {
    this.sections = sections;
    this.masker = masker;
  }

  /**
   * A builder with every built-in section on and no custom section.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A dump of the built-in sections and the sections of these registries.
   *
   * @param registries the registries whose checks and sections to add
   * @return the dump
   */
  public static EnvironmentDump of(HealthRegistry... registries) {
    return builder().registries(Arrays.asList(registries)).build();
  }

  /**
   * Computes every section and renders the dump: status 200, {@code Content-Type:
   * application/json}, the JSON object described above. Never throws for a section's sake.
   * Sections are computed at once, each on the dump's pool within its timeout, as the health
   * body's sections are: one that blocks shows {@code {"error": "timed out after N ms"}}.
   *
   * @return status 200 and the dump as JSON
   */
  public HealthResponse run() {
    List<Flight<SectionValue>> computing = new ArrayList<>(sections.size());
    for (SectionSlot section : sections) {
      computing.add(section.join());
    }
    String body = JacksonSetup.write(16_384, json -> {
      json.writeStartObject();
      for (int i = 0; i < computing.size(); i++) {
        json.writeFieldName(sections.get(i).name());
        // Raw: the section's depth was checked on its own; nesting it here must not tip it over.
        json.writeRawValue(sections.get(i).await(computing.get(i)).json());
      }
      json.writeEndObject();
    });
    return new HealthResponse(200, ResponseHeaders.JSON, body);
  }

  /**
   * What masks secrets in this dump, with the words of {@link Builder#secretKeys}: for a binding
   * that logs or shows text about a request to this dump.
   *
   * @return the masker of this dump's configuration
   */
  public SecretMasker secretMasker() {
    return masker;
  }

  /**
   * Collects an {@link EnvironmentDump}'s sections and options. A section name that cannot work
   * is refused with the reason, here rather than at the first request.
   */
  public static final class Builder {

    private final Registrations registrations = new Registrations();
    private boolean includeOs = true;
    private boolean includeJava = true;
    private boolean includeProcess = true;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Adds the sections of a registry (its {@code @EnvironmentSection} methods), in its order.
     *
     * @param registry the registry whose checks and sections to add
     * @return this builder
     */
    public Builder registry(HealthRegistry registry) {
      registrations.sectionsOf(registry);
      return this;
    }

    /**
     * Adds the sections of each registry, e.g. {@code registries(HealthRegistry.discover())}.
     *
     * @param registries the registries whose checks and sections to add
     * @return this builder
     */
    public Builder registries(Iterable<? extends HealthRegistry> registries) {
      registries.forEach(this::registry);
      return this;
    }

    /**
     * Whether to include the built-in {@code os} section (on by default).
     *
     * @param include whether to include it (it is by default)
     * @return this builder
     */
    public Builder includeOs(boolean include) {
      this.includeOs = include;
      return this;
    }

    /**
     * Whether to include the built-in {@code java} section (on by default).
     *
     * @param include whether to include it (it is by default)
     * @return this builder
     */
    public Builder includeJava(boolean include) {
      this.includeJava = include;
      return this;
    }

    /**
     * Whether to include the built-in {@code process} section (on by default).
     *
     * @param include whether to include it (it is by default)
     * @return this builder
     */
    public Builder includeProcess(boolean include) {
      this.includeProcess = include;
      return this;
    }

    /**
     * Adds a section computed on every call: py-healthcheck's {@code add_section} with a
     * callable. A supplier that throws, or whose value writes more than 262,144 characters of
     * JSON, puts {@code {"error": "..."}} in its place.
     *
     * @param name the name: letters, digits, {@code _}, {@code -} and {@code .}
     * @param value computes the section's value on every call
     * @return this builder
     * @throws IllegalArgumentException if the name is not valid or is already taken
     */
    public Builder section(String name, Supplier<?> value) {
      Objects.requireNonNull(value, "value");
      registrations.section(name, value::get);
      return this;
    }

    /**
     * Adds a section with a fixed value, written afresh on every call: py-healthcheck's
     * {@code add_section} with a plain value. The value is kept by reference, so a live map
     * shows its current contents.
     *
     * @param name the name: letters, digits, {@code _}, {@code -} and {@code .}
     * @param value the value, the same on every call
     * @return this builder
     * @throws IllegalArgumentException if the name is not valid or is already taken
     */
    public Builder section(String name, Object value) {
      registrations.section(name, () -> value);
      return this;
    }

    /**
     * Adds words to the secret words (the default ones are listed in the project's
     * {@code docs/environment-and-secrets.md}): a key or name containing one, in any case, has
     * its value withheld. The defaults always stay; there is no way to remove a word.
     *
     * @param words more words that mark a secret (case-insensitive substrings of keys)
     * @return this builder
     * @throws IllegalArgumentException if a word is blank
     */
    public Builder secretKeys(String... words) {
      registrations.secretKeys(words);
      return this;
    }

    /**
     * How long one section may take (10 s, as a health check): past it the section shows
     * {@code {"error": "timed out after N ms"}} and the dump goes out.
     *
     * @param timeout how long a section may take
     * @return this builder
     * @throws IllegalArgumentException if the timeout is zero or negative
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
     * The dump.
     *
     * @return the dump
     * @throws IllegalArgumentException if a custom section has the name of a built-in section
     *     that is on ({@code os}, {@code java}, {@code process}); py-healthcheck silently dropped
     *     such a section. With that built-in off, the name is free: the custom section takes its
     *     place among the custom sections, in the order it was added, as in py-healthcheck.
     */
    public EnvironmentDump build() {
      Map<String, Section> builtIns = new LinkedHashMap<>();
      Map<String, String> reserved = new LinkedHashMap<>();
      builtIn(builtIns, reserved, includeOs, OsSection.NAME, OsSection::value, "includeOs");
      builtIn(builtIns, reserved, includeJava, JavaSection.NAME, JavaSection::value, "includeJava");
      builtIn(builtIns, reserved, includeProcess, ProcessSection.NAME, ProcessSection::value, "includeProcess");
      Executor pool = CheckExecutors.newDefault(builtIns.size() + registrations.size());
      return new EnvironmentDump(
          registrations.slots(builtIns, reserved, pool, timeout), registrations.masker());
    }

    private static void builtIn(
        Map<String, Section> builtIns,
        Map<String, String> reserved,
        boolean include,
        String name,
        Section section,
        String switchName) {
      if (include) {
        builtIns.put(name, section);
        reserved.put(name, "is taken by the built-in " + name
            + " section; choose another name, or turn the built-in off with " + switchName + "(false)");
      }
    }
  }
}
