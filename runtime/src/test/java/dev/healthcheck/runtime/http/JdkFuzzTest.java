package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.http.contract.FuzzContract;

/** The HTTP fuzz suite on the JDK server. */
class JdkFuzzTest extends FuzzContract {
  JdkFuzzTest() {
    super(new JdkServedEndpoints());
  }
}
