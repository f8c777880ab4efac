package dev.healthcheck.runtime;

/**
 * A failure's stand-in for the log: the same stack trace and causes, with every message masked as
 * the JSON masks it and escaped as every logged line is, so turning on debug logging ships no
 * password, and no forged line, to the logs. Its text is the original's class and message.
 */
final class MaskedFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** How many causes a logged failure keeps: enough to find the root, bounded for cycles. */
  private static final int LOGGED_CAUSES = 8;

  MaskedFailure(Throwable original, SecretMasker masker, int depth) {
    super(LogText.escape(masker.mask(Failures.describe(original))), maskedCause(original, masker, depth), false, true);
    setStackTrace(original.getStackTrace());
  }

  private static Throwable maskedCause(Throwable original, SecretMasker masker, int depth) {
    Throwable cause = original.getCause();
    return cause != null && cause != original && depth < LOGGED_CAUSES
        ? new MaskedFailure(cause, masker, depth + 1)
        : null;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
