package dev.healthcheck.runtime.http;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * A clock that fails when read, as a user's clock might: the one call into user code that the
 * checker does not guard, so an {@link Error} from it reaches the endpoint.
 */
final class FailingClock extends Clock {

  private final Supplier<? extends Error> failure;

  FailingClock(Supplier<? extends Error> failure) {
    this.failure = failure;
  }

  @Override
  public Instant instant() {
    throw failure.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
