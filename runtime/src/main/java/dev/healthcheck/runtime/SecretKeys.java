package dev.healthcheck.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that make a name secret: a key, property, variable or flag whose name contains one of
 * them, in any case, has its value withheld. Immutable; {@link #plus} only ever adds words, so the
 * list cannot be emptied.
 */
final class SecretKeys {

  /**
   * The default words: py-healthcheck's three, the design's four, and those real secrets hide
   * behind. {@code docs/environment-and-secrets.md} lists them with the reason for each, and a test
   * holds that list to this one.
   */
  static final List<String> DEFAULT_WORDS =
      List.of("key", "token", "pass", "secret", "credential", "auth", "private", "pwd", "cookie", "signature",
          "creds");

  /** The default words, and nothing else. */
  static final SecretKeys DEFAULT = new SecretKeys(DEFAULT_WORDS);

  private final List<String> words;
  private final String alternation;

  private SecretKeys(List<String> words) {
    this.words = List.copyOf(words);
    this.alternation =
        this.words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?i:", ")"));
  }

  /**
   * These words and {@code more}, lower-cased.
   *
   * @throws IllegalArgumentException if a word is blank: it would match every name, which is
   *     surely not what was meant
   */
  SecretKeys plus(Collection<String> more) {
    List<String> all = new ArrayList<>(words);
    for (String word : more) {
      Objects.requireNonNull(word, "secret key word");
      if (word.isBlank()) {
        throw new IllegalArgumentException(
            "a secret key word must not be blank; it would withhold every value");
      }
      String lower = word.strip().toLowerCase(Locale.ROOT);
      if (!all.contains(lower)) {
        all.add(lower);
      }
    }
    return new SecretKeys(all);
  }

  /** Whether {@code name} contains a secret word, ignoring case: {@code KEYBOARD} does. */
  boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Equal when the words are, in the same order: such keys mask alike and share one masker. */
  @Override
  public boolean equals(Object other) {
    return other instanceof SecretKeys that && words.equals(that.words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  /** A regular expression group matching any of the words, ignoring case. */
  String alternation() {
    return alternation;
  }
}
