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
 * <h2>What is withheld, and how</h2>
 *
 * <p>Every section, built-in or custom, is scrubbed at every depth (maps, lists, records, beans,
 * and JSON held in text, even JSON encoded twice) before it is written. A withheld value is
 * replaced by {@code "********"} (py-healthcheck's mask); keys are always kept, so a reader sees
 * that the value exists.
 *
 * <ul>
 *   <li><b>Secret keys.</b> A key whose name contains {@code key}, {@code token}, {@code pass},
 *       {@code secret}, {@code credential}, {@code auth}, {@code private}, {@code pwd},
 *       {@code cookie} or {@code signature}, in any case, has its whole value withheld, whatever
 *       it is: a string, a number, {@code null}, or an entire nested object or list.
 *       py-healthcheck looked inside a nested object under such a key; here nothing under it is
 *       shown. The match is a plain substring test, as in py-healthcheck, so {@code KEYBOARD},
 *       {@code MONKEY}, {@code PASSENGER} and {@code BYPASS} are withheld too. A custom section
 *       whose own name matches is withheld whole, without being computed.
 *       {@link Builder#secretKeys(String...)} adds words; none can be removed.
 *   <li><b>Name/value objects.</b> An object with a member whose value is a secret name, as in
 *       {@code {"name": "DB_PASSWORD", "value": "..."}} (Kubernetes, ECS, HAR, CloudFormation's
 *       {@code ParameterKey}/{@code ParameterValue}), has every member whose key contains
 *       {@code value} withheld.
 *   <li><b>Flags.</b> In a list, the element after a flag naming a secret ({@code "--password"})
 *       is withheld.
 *   <li><b>Secrets inside text</b>, in every string and every key, whatever key it sits under:
 *       <ul>
 *         <li>the whole user-info of a URL, user name included ({@code
 *             postgres://********@db:5432/app}), and Oracle's {@code user/password@};
 *         <li>the value of a pair whose name contains a secret word, quoted, bracketed or bare:
 *             {@code name=value}, {@code name: value}, {@code name:value} (no blank: a header as
 *             HTTP allows it, {@code X-Api-Key:...}, a map's {@code {password:...}}, a
 *             placeholder's {@code ${DB_PASSWORD:...}}), {@code name%3Dvalue} (percent-encoded
 *             in a URL) and {@code name<TAB>value}; so JDBC URLs ({@code ;password=}), query
 *             strings ({@code &access_token=}), JVM options ({@code
 *             -Djavax.net.ssl.keyStorePassword=}), Kafka's JAAS {@code password="..."}, headers,
 *             properties and YAML lines, XML elements ({@code <password>});
 *         <li>in a string that is one such assignment ({@code DB_PASSWORD=a b;c}), everything
 *             after the separator; in a command line, the word after {@code --password}, the
 *             password of curl's {@code -u user:password} ({@code --user}, {@code --proxy-user}),
 *             and a MySQL or MariaDB client's {@code -p<password>} on the line naming the client;
 *         <li>HTTP authorization values ({@code Bearer ...}, {@code Basic ...});
 *         <li>PEM, OpenSSH and PGP private key blocks (certificates are kept);
 *         <li>tokens recognisable by their vendor's format wherever they appear: AWS access key
 *             ids, GitHub, GitLab, Slack, npm, PyPI, Google, Stripe, SendGrid, OpenAI, Vault and
 *             Docker Hub tokens, JWTs, Slack and Discord webhook paths, Azure SAS signatures.
 *       </ul>
 * </ul>
 *
 * <p>The rules lean towards masking: a few innocent words go too ({@code "Basic ********
 * enabled"}, {@code auth:********}, a Windows path's {@code \keystore\t********}), a secret does
 * not show. Two readings are kept on purpose, because the same rules mask what checks output and
 * the messages of the exceptions they throw: an exception's name before a colon
 * ({@code AuthenticationException: bad credentials}) is not a secret's name, and
 * {@code host:5432}, {@code keycloak:8080/realms} or {@code KeyLoader.java:42} is a host and port
 * or a line number, not a secret. A value nested more than 1000 levels deep, or cyclic, cannot be
 * written and becomes an error entry, so no depth is left unscrubbed.
 *
 * <p>Known gaps: what no rule can recognise stays visible.
 *
 * <ul>
 *   <li>A secret under an innocent key in a form none of the above describes (a bare random
 *       string in {@code DB_URL_2}), or inside a {@code byte[]} (written as base64).
 *   <li>A value separated from its name by spaces only ({@code password hunter2}, as a
 *       {@code .properties} or {@code .netrc} line may write it): prose writes "the password is
 *       wrong" the same way.
 *   <li>A {@code name:value} whose value is one to five digits ({@code passcode:1234}): it
 *       reads as a port. A {@code name:value} right after {@code /} or {@code @}: it reads as a
 *       host or an image ({@code git@keyhost:org/repo}, {@code registry/secret-store:1.2}).
 *   <li>A MySQL {@code -p<password>} given as an argument of its own in a list, or on a line that
 *       does not name the client (elsewhere {@code -p} is a port, a profile, {@code mkdir -p});
 *       {@code sshpass -p <password>}.
 *   <li>A pair percent-encoded more than twice ({@code %25253D}).
 * </ul>
 *
 * <p>Name such keys with a secret word, or add one with {@code secretKeys}.
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
     * Adds words to the secret words ({@code key}, {@code token}, {@code pass}, {@code secret},
     * {@code credential}, {@code auth}, {@code private}, {@code pwd}, {@code cookie},
     * {@code signature}): a key or name containing one, in any case, has its value withheld. The
     * defaults always stay; there is no way to remove a word.
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
