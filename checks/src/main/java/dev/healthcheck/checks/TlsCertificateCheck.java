package dev.healthcheck.checks;

import dev.healthcheck.runtime.Check;
import dev.healthcheck.runtime.CheckResult;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Connects to a TLS server, reads the certificate it serves, and fails when that certificate
 * expires within {@code minValidity}, has expired, is not yet valid, does not name the host, or
 * does not chain to a trusted certificate (the JDK's, or {@link #trustStore(KeyStore)}'s). Made by
 * {@link Checks#tlsCertificate(String, int, Duration)}; immutable. Only the handshake is done; no
 * data is sent, and the connection is closed by every run.
 */
public final class TlsCertificateCheck implements Check {

  private final String host;
  private final int port;
  private final Duration minValidity;
  private final KeyStore trustStore;
  private final Duration timeout;

  TlsCertificateCheck(String host, int port, Duration minValidity, KeyStore trustStore, Duration timeout) {
    this.host = Checks.requireHost(host);
    this.port = Checks.requirePort(port);
    this.minValidity = Objects.requireNonNull(minValidity, "minValidity");
    if (minValidity.isNegative()) {
      throw new IllegalArgumentException("minValidity must not be negative: " + minValidity);
    }
    this.trustStore = trustStore;
    this.timeout = Deadline.validTimeout(timeout);
  }

  /**
   * A copy that trusts the certificates of {@code trustStore} instead of the JDK's, for a
   * server whose chain ends at a private certificate authority. The store is read at every run.
   *
   * @param trustStore the certificate authorities to trust instead of the JDK's
   * @return the copy
   */
  public TlsCertificateCheck trustStore(KeyStore trustStore) {
    return new TlsCertificateCheck(host, port, minValidity, Objects.requireNonNull(trustStore, "trustStore"), timeout);
  }

  /**
   * A copy that gives up after {@code timeout} (connect and handshake together; default 2 s).
   *
   * @param timeout how long to wait
   * @return the copy
   */
  public TlsCertificateCheck timeout(Duration timeout) {
    return new TlsCertificateCheck(host, port, minValidity, trustStore, timeout);
  }

  /** Shakes hands, judges the served certificate, and closes. */
  @Override
  public CheckResult run() throws GeneralSecurityException, InterruptedException {
    Deadline deadline = Deadline.after(timeout);
    String target = "TLS " + Sockets.address(host, port);
    ChainRecorder recorder = ChainRecorder.trusting(trustStore);
    SSLException refused = null;
    try (Socket plain = Sockets.connect(host, port, deadline);
        Deadline.Guard guard = deadline.atExpiry(plain::close);
        SSLSocket tls = handshakeSocket(plain, recorder)) {
      try {
        tls.startHandshake();
      } catch (SSLException handshakeFailed) {
        if (handshakeFailed.getCause() instanceof SocketTimeoutException || guard.fired()) {
          return CheckResult.fail(target + ": " + deadline.noAnswer());
        }
        refused = handshakeFailed;
      }
    } catch (IOException failed) {
      return failed instanceof SocketTimeoutException || deadline.expired()
          ? CheckResult.fail(target + ": " + deadline.noAnswer())
          : CheckResult.fail(target + ": " + Sockets.reason(failed) + " " + deadline.took());
    }
    return judge(recorder.leaf(), refused, target, deadline);
  }

  private SSLSocket handshakeSocket(Socket plain, ChainRecorder recorder) throws GeneralSecurityException, IOException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {recorder}, null);
    // Layered on the connected socket so that the connect had the deadline; the host name is
    // sent for SNI and checked against the certificate, as a browser would.
    SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    return tls;
  }

  private CheckResult judge(X509Certificate leaf, SSLException refused, String target, Deadline deadline) {
    String at = " at " + target + ", handshake " + deadline.took();
    if (leaf == null) {
      return CheckResult.fail(target + ": handshake failed " + deadline.took() + ": " + Sockets.reason(refused));
    }
    String certificate = "certificate " + leaf.getSubjectX500Principal().getName();
    Instant now = Instant.now();
    Instant notBefore = leaf.getNotBefore().toInstant();
    Instant notAfter = leaf.getNotAfter().toInstant();
    if (now.isBefore(notBefore)) {
      return CheckResult.fail(certificate + " is not valid before " + day(notBefore) + " (" + inDays(now, notBefore) + ")" + at);
    }
    if (!now.isBefore(notAfter)) {
      return CheckResult.fail(certificate + " expired " + day(notAfter) + " (" + Quantities.count(Duration.between(notAfter, now).toDays(), "day") + " ago)" + at);
    }
    if (refused != null) {
      return CheckResult.fail(certificate + " is not trusted" + at + ": " + Sockets.reason(refused)
          + (trustStore == null ? "; for a private certificate authority give trustStore(..)" : ""));
    }
    String expires = certificate + " expires " + day(notAfter) + " (" + inDays(now, notAfter) + "; minimum " + Quantities.period(minValidity) + ")" + at;
    return now.plus(minValidity).isBefore(notAfter) ? CheckResult.ok(expires) : CheckResult.fail(expires);
  }

  private static String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String inDays(Instant now, Instant later) {
    return "in " + Quantities.count(Duration.between(now, later).toDays(), "day");
  }

  @Override
  public String toString() {
    return "TlsCertificateCheck[" + Sockets.address(host, port) + ", minimum " + Quantities.period(minValidity)
        + (trustStore == null ? "" : ", own trust store") + ", timeout " + timeout.toMillis() + " ms]";
  }
}
