package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.contract.FuzzContract;

/** The HTTP fuzz suite on Jetty. */
class JettyFuzzTest extends FuzzContract {
  JettyFuzzTest() {
    super(new JettyServedEndpoints());
  }
}
