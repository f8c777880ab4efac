package dev.healthcheck.runtime;

import dev.healthcheck.annotations.HealthCheck;
import dev.healthcheck.runtime.testing.PublicApi;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every public type and public or protected member of the runtime and of the annotations is in
 * {@code src/test/resources/public-api/}: a change to either API is a change to those lists.
 */
class PublicApiTest {

  @Test
  void runtimeApiIsThePinnedList() throws IOException {
    PublicApi.assertPinned("healthcheck-runtime", Path.of("target/classes"));
  }

  /** The annotations module has no tests of its own; its classes are read where they were built. */
  @Test
  void annotationsApiIsThePinnedList() throws IOException {
    PublicApi.assertPinned("healthcheck-annotations", PublicApi.locationOf(HealthCheck.class));
  }
}
