package dev.healthcheck.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.healthcheck.runtime.CheckResult;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS certificate check against TLS servers serving certificates made by keytool. */
class TlsCertificateCheckTest {

  private static final Duration TWO_WEEKS = Duration.ofDays(14);

  @TempDir static Path directory;
  private static TestCertificates certificates;
  private static KeyStore trustStore;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certificates = TestCertificates.create(directory);
    trustStore = certificates.trustStore();
  }

  @Test
  void passesOnACertificateValidLongerThanTheMinimum() throws Exception {
    CheckResult result = run("valid", TWO_WEEKS);
    assertTrue(result.passed(), result.output());
    String expires = LocalDate.now(ZoneOffset.UTC).plusDays(365).toString();
    assertTrue(result.output().startsWith("certificate CN=localhost,O=valid expires " + expires + " (in 36"), result.output());
    assertTrue(result.output().contains("; minimum 14 days) at TLS localhost:"), result.output());
    assertTrue(result.output().matches(".*, handshake in \\d+ ms"), result.output());
  }

  @Test
  void failsOnACertificateExpiringWithinTheMinimum() throws Exception {
    CheckResult result = run("expiring", TWO_WEEKS);
    assertFalse(result.passed(), result.output());
    String expires = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
    assertTrue(result.output().startsWith("certificate CN=localhost,O=expiring expires " + expires + " (in 4 days; minimum 14 days)")
        || result.output().startsWith("certificate CN=localhost,O=expiring expires " + expires + " (in 5 days; minimum 14 days)"),
        result.output());
    assertTrue(run("expiring", Duration.ofDays(3)).passed());
  }

  @Test
  void failsOnAnExpiredCertificateSayingWhen() throws Exception {
    CheckResult result = run("expired", TWO_WEEKS);
    assertFalse(result.passed(), result.output());
    String expired = LocalDate.now(ZoneOffset.UTC).minusDays(20).toString();
    assertTrue(result.output().startsWith("certificate CN=localhost,O=expired expired " + expired + " (20 days ago) at TLS localhost:"),
        result.output());
  }

  @Test
  void failsOnACertificateNotValidYet() throws Exception {
    CheckResult result = run("notYetValid", TWO_WEEKS);
    assertFalse(result.passed(), result.output());
    assertTrue(result.output().startsWith("certificate CN=localhost,O=notYetValid is not valid before "
        + LocalDate.now(ZoneOffset.UTC).plusDays(5) + " (in 4 days)"), result.output());
  }

  @Test
  void failsClearlyOnAnUntrustedChain() throws Exception {
    CheckResult result = run("untrusted", TWO_WEEKS);
    assertFalse(result.passed(), result.output());
    assertTrue(result.output().startsWith("certificate CN=localhost,O=untrusted is not trusted at TLS localhost:"), result.output());
    assertTrue(result.output().contains("PKIX path building failed"), result.output());
  }

  @Test
  void usesTheJdkTrustStoreUnlessGivenOneAndSaysHowToGiveOne() throws Exception {
    try (TlsServer server = new TlsServer(certificates.keyStore("valid"))) {
      CheckResult result = Checks.tlsCertificate("localhost", server.port(), TWO_WEEKS).timeout(Generous.TIMEOUT).run();
      assertFalse(result.passed(), result.output());
      assertTrue(result.output().endsWith("; for a private certificate authority give trustStore(..)"), result.output());
    }
  }

  @Test
  void failsOnACertificateForAnotherHost() throws Exception {
    try (TlsServer server = new TlsServer(certificates.keyStore("valid"))) {
      // The certificate names localhost only.
      CheckResult result =
          Checks.tlsCertificate("127.0.0.1", server.port(), TWO_WEEKS).trustStore(trustStore).timeout(Generous.TIMEOUT).run();
      assertFalse(result.passed(), result.output());
      assertTrue(result.output().startsWith("certificate CN=localhost,O=valid is not trusted at TLS 127.0.0.1:"), result.output());
      assertTrue(result.output().contains("No subject alternative names matching IP address 127.0.0.1"), result.output());
    }
  }

  @Test
  void timesOutOnAServerThatNeverShakesHands() throws Exception {
    try (SilentServer server = new SilentServer()) {
      CheckResult result = Checks.tlsCertificate("localhost", server.port(), TWO_WEEKS)
          .trustStore(trustStore).timeout(Duration.ofMillis(300)).run();
      assertEquals("TLS localhost:" + server.port() + ": no answer within 300 ms", result.output());
      assertFalse(result.passed());
      assertEquals(0, server.stillOpen());
    }
  }

  @Test
  void failsOnAClosedPort() throws Exception {
    CheckResult result = Checks.tlsCertificate("127.0.0.1", ClosedPort.PORT, TWO_WEEKS).timeout(Generous.TIMEOUT).run();
    assertFalse(result.passed(), result.output());
    assertTrue(result.output().startsWith("TLS 127.0.0.1:" + ClosedPort.PORT + ": Connection refused"), result.output());
  }

  private static CheckResult run(String certificate, Duration minValidity) throws Exception {
    try (TlsServer server = new TlsServer(certificates.keyStore(certificate))) {
      return Checks.tlsCertificate("localhost", server.port(), minValidity).trustStore(trustStore).timeout(Generous.TIMEOUT).run();
    }
  }
}
