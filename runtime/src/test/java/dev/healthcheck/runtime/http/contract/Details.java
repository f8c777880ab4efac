package dev.healthcheck.runtime.http.contract;

/**
 * The details policies the contract test mounts; each server's test turns them into its own
 * request type's policy. {@link #OPS} stands for a real login: a filter in front of the endpoint
 * takes the caller's role from the {@code X-Role} request header.
 */
public enum Details {
  /** The default. */
  ALWAYS,
  /** Status only for everyone. */
  NEVER,
  /** Details for callers in role {@code ops}. */
  OPS,
  /** A policy that throws, as a half-configured security library might: no details. */
  BROKEN,
  /** A policy that fails with an {@link Error}, as one missing a class might: no details. */
  ERROR,
  /**
   * A policy that overflows the stack: no details, and the binding rethrows the error once it
   * has answered.
   */
  OVERFLOW
}
