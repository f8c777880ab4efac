package dev.healthcheck.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Masks secrets in everything a person can read, with the secret words of one configuration: the
 * bodies a checker or dump renders, the reports its body handlers receive, and every line the
 * project logs. One masker per set of words, shared by every {@link HealthChecker} and
 * {@link EnvironmentDump} configured with the same words, so that a word added with
 * {@code secretKeys("iban")} is withheld from the logs as it is from the JSON.
 *
 * <p>Part of the binding SPI: a binding reaches it through {@link HealthChecker#secretMasker()} or
 * {@link EnvironmentDump#secretMasker()} and logs what it must log through {@link #log}. The rules
 * are listed in {@code docs/environment-and-secrets.md}.
 */
public final class SecretMasker {

  /** py-healthcheck's mask: eight asterisks in place of the value. */
  static final String MASK = "********";

  /**
   * The project's one logger. py-healthcheck logs under {@code healthcheck.healthcheck}; this is
   * the Java equivalent, and users route it like any JUL or SLF4J logger.
   */
  private static final Logger LOGGER = System.getLogger("dev.healthcheck");

  /** A configuration's words are few and fixed at build time: one masker per distinct list. */
  private static final Map<SecretKeys, SecretMasker> SHARED = new ConcurrentHashMap<>();

  private final SecretKeys keys;
  private final SecretText text;
  private final Scrubber scrubber;

  private SecretMasker(SecretKeys keys) {
    this.keys = keys;
    this.text = new SecretText(keys);
    this.scrubber = new Scrubber(keys, text);
  }

  /** The masker of these words, built once per distinct list of words. */
  static SecretMasker of(SecretKeys keys) {
    return SHARED.computeIfAbsent(keys, SecretMasker::new);
  }

  /**
   * {@code text} with every secret written inside it replaced by {@code ********}: the password of
   * a URL, a {@code name=value} whose name holds a secret word, a bearer token, a private key.
   * {@code null} stays {@code null}.
   *
   * @param text the text, or {@code null}
   * @return the text with every secret replaced by {@code ********}
   */
  public String mask(String text) {
    return text == null || text.isEmpty() ? text : this.text.mask(text);
  }

  /**
   * Logs one line under {@code dev.healthcheck}, with secrets masked and control characters
   * escaped ({@link LogText}), so neither a password nor a forged log line reaches the log. A
   * failure is logged as a stand-in with the same stack trace and causes, whose messages are
   * masked and escaped the same way.
   *
   * @param failure what went wrong, or {@code null}
   * @param level the level to log at
   * @param message the message, masked before it is logged
   */
  public void log(Level level, String message, Throwable failure) {
    if (!LOGGER.isLoggable(level)) {
      return;
    }
    String line = LogText.escape(mask(message));
    if (failure == null) {
      LOGGER.log(level, line);
    } else {
      LOGGER.log(level, line, new MaskedFailure(Failures.unwrap(failure), this, 0));
    }
  }

  /** Logs one line as {@link #log(Level, String, Throwable)} does, built only if it is logged. */
  void log(Level level, Supplier<String> message) {
    if (LOGGER.isLoggable(level)) {
      LOGGER.log(level, LogText.escape(mask(message.get())));
    }
  }

  /** The masker of a JSON tree, with the same words. */
  Scrubber scrubber() {
    return scrubber;
  }

  /** Whether a section of this name is withheld whole, as any member of that name would be. */
  boolean isSecretName(String name) {
    return keys.isSecret(name);
  }
}
