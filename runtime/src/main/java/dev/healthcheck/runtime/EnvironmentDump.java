package dev.healthcheck.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * {@code {"error": "<exception class>: <message>"}} and the rest is served as usual: {@link #run()}
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

  private final Map<String, Section> sections;
  private final SecretMasker masker;

  private EnvironmentDump(Map<String, Section> sections, SecretMasker masker) {
    this.sections = sections;
    this.masker = masker;
  }

  /** A builder with every built-in section on and no custom section. */
  public static Builder builder() {
    return new Builder();
  }

  /** A dump of the built-in sections and the sections of these registries. */
  public static EnvironmentDump of(HealthRegistry... registries) {
    return builder().registries(Arrays.asList(registries)).build();
  }

  /**
   * Computes every section and renders the dump: status 200, {@code Content-Type:
   * application/json}, the JSON object described above. Never throws for a section's sake.
   */
  public HealthResponse run() {
    String body = JacksonSetup.write(16_384, json -> {
      json.writeStartObject();
      for (Map.Entry<String, Section> section : sections.entrySet()) {
        json.writeFieldName(section.getKey());
        if (masker.isSecretName(section.getKey())) {
          json.writeString(SecretMasker.MASK);
        } else {
          // Raw: the section's depth was checked on its own; nesting it here must not tip it over.
          json.writeRawValue(JacksonSetup.text(scrubbed(section.getValue())));
        }
      }
      json.writeEndObject();
    });
    return new HealthResponse(200, ResponseHeaders.JSON, body);
  }

  /**
   * The section's scrubbed value, or its error entry. Errors count too (a supplier's
   * {@code NoClassDefFoundError}, a getter that recurses until the stack overflows while Jackson
   * writes it): one section must not take the dump down. Only an error the JVM cannot go on from
   * is rethrown.
   */
  private JsonNode scrubbed(Section section) {
    return JacksonSetup.scrubbed(JacksonSetup.evaluate(section), masker);
  }

  /**
   * What masks secrets in this dump, with the words of {@link Builder#secretKeys}: for a binding
   * that logs or shows text about a request to this dump.
   */
  public SecretMasker secretMasker() {
    return masker;
  }

  /**
   * Collects an {@link EnvironmentDump}'s sections and options. A section name that cannot work
   * is refused with the reason, here rather than at the first request.
   */
  public static final class Builder {

    private final Map<String, Section> custom = new LinkedHashMap<>();
    private boolean includeOs = true;
    private boolean includeJava = true;
    private boolean includeProcess = true;
    private SecretKeys secretKeys = SecretKeys.DEFAULT;

    private Builder() {}

    /** Adds the sections of a registry (its {@code @EnvironmentSection} methods), in its order. */
    public Builder registry(HealthRegistry registry) {
      for (SectionDefinition section : registry.sections()) {
        addSection(section.name(), section.section());
      }
      return this;
    }

    /** Adds the sections of each registry, e.g. {@code registries(HealthRegistry.discover())}. */
    public Builder registries(Iterable<? extends HealthRegistry> registries) {
      registries.forEach(this::registry);
      return this;
    }

    /** Whether to include the built-in {@code os} section (on by default). */
    public Builder includeOs(boolean include) {
      this.includeOs = include;
      return this;
    }

    /** Whether to include the built-in {@code java} section (on by default). */
    public Builder includeJava(boolean include) {
      this.includeJava = include;
      return this;
    }

    /** Whether to include the built-in {@code process} section (on by default). */
    public Builder includeProcess(boolean include) {
      this.includeProcess = include;
      return this;
    }

    /**
     * Adds a section computed on every call: py-healthcheck's {@code add_section} with a
     * callable. A supplier that throws puts {@code {"error": "..."}} in its place.
     *
     * @throws IllegalArgumentException if the name is not valid or is already taken
     */
    public Builder section(String name, Supplier<?> value) {
      Objects.requireNonNull(value, "value");
      return addSection(name, value::get);
    }

    /**
     * Adds a section with a fixed value, written afresh on every call: py-healthcheck's
     * {@code add_section} with a plain value. The value is kept by reference, so a live map
     * shows its current contents.
     *
     * @throws IllegalArgumentException if the name is not valid or is already taken
     */
    public Builder section(String name, Object value) {
      return addSection(name, () -> value);
    }

    /**
     * Adds words to the secret words (the default ones are listed in the project's
     * {@code docs/environment-and-secrets.md}): a key or name containing one, in any case, has
     * its value withheld. The defaults always stay; there is no way to remove a word.
     *
     * @throws IllegalArgumentException if a word is blank
     */
    public Builder secretKeys(String... words) {
      this.secretKeys = secretKeys.plus(Arrays.asList(words));
      return this;
    }

    private Builder addSection(String name, Section section) {
      Names.requireValid("section", name);
      if (custom.putIfAbsent(name, section) != null) {
        throw new IllegalArgumentException("The name \"" + name + "\" is already taken.");
      }
      return this;
    }

    /**
     * The dump.
     *
     * @throws IllegalArgumentException if a custom section has the name of a built-in section
     *     that is on ({@code os}, {@code java}, {@code process}); py-healthcheck silently dropped
     *     such a section. With that built-in off, the name is free: the custom section takes its
     *     place among the custom sections, in the order it was added, as in py-healthcheck.
     */
    public EnvironmentDump build() {
      Map<String, Section> sections = new LinkedHashMap<>();
      builtIn(sections, includeOs, OsSection.NAME, OsSection::value, "includeOs");
      builtIn(sections, includeJava, JavaSection.NAME, JavaSection::value, "includeJava");
      builtIn(sections, includeProcess, ProcessSection.NAME, ProcessSection::value, "includeProcess");
      sections.putAll(custom);
      return new EnvironmentDump(Collections.unmodifiableMap(sections), SecretMasker.of(secretKeys));
    }

    private void builtIn(
        Map<String, Section> sections, boolean include, String name, Section section, String switchName) {
      if (!include) {
        return;
      }
      if (custom.containsKey(name)) {
        throw new IllegalArgumentException(
            "section name '"
                + name
                + "' is taken by the built-in "
                + name
                + " section; choose another name, or turn the built-in off with "
                + switchName
                + "(false)");
      }
      sections.put(name, section);
    }
  }
}
