package dev.healthcheck.servlet;

import dev.healthcheck.runtime.testing.PublicApi;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every public type and public or protected member of the servlet binding is in
 * {@code src/test/resources/public-api/healthcheck-servlet.txt}: a change to the API is a change
 * to that list.
 */
class PublicApiTest {

  @Test
  void servletApiIsThePinnedList() throws IOException {
    PublicApi.assertPinned("healthcheck-servlet", Path.of("target/classes"));
  }
}
