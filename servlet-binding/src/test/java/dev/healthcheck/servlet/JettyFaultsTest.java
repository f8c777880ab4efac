package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.contract.FaultsContract;

/** The faults suite on Jetty. */
class JettyFaultsTest extends FaultsContract {
  JettyFaultsTest() {
    super(new JettyServedEndpoints());
  }
}
