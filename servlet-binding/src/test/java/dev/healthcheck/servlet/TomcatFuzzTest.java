package dev.healthcheck.servlet;

import dev.healthcheck.runtime.http.contract.FuzzContract;

/** The HTTP fuzz suite on Tomcat. */
class TomcatFuzzTest extends FuzzContract {
  TomcatFuzzTest() {
    super(new TomcatServedEndpoints());
  }
}
