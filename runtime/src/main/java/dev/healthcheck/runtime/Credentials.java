package dev.healthcheck.runtime;

/**
 * Masks the secrets written inside the text a check produces: its output, or the message of the
 * exception it threw, which often quotes the URL it failed to reach
 * ({@code postgres://app:s3cret@db:5432/app}) or the token it sent.
 */
final class Credentials {

  /** py-healthcheck's mask: eight asterisks in place of the value. */
  static final String MASK = "********";

  /** The rules {@link EnvironmentDump} applies to every string, with the default words. */
  private static final SecretText TEXT = new SecretText(SecretKeys.DEFAULT);

  private Credentials() {}

  /** {@code text} with every embedded secret replaced by {@link #MASK}. */
  static String mask(String text) {
    return text == null || text.isEmpty() ? text : TEXT.mask(text);
  }
}
