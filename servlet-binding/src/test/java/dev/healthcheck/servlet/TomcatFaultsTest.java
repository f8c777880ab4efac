package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.contract.FaultsContract;

/** The faults suite on Tomcat. */
class TomcatFaultsTest extends FaultsContract {
  TomcatFaultsTest() {
    super(new TomcatServedEndpoints());
  }
}
