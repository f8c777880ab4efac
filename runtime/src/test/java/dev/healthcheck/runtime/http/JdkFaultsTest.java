package dev.healthcheck.runtime.http;

import dev.healthcheck.runtime.http.contract.FaultsContract;

/** The fault suite on the JDK server. */
class JdkFaultsTest extends FaultsContract {
  JdkFaultsTest() {
    super(new JdkServedEndpoints());
  }
}
