package dev.healthcheck.checks;

import java.net.Socket;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A trust manager that keeps the chain a server presented, then judges it with the JDK's own
 * (PKIX, with host name verification): the check can then say when an expired or untrusted
 * certificate expires, although the handshake failed.
 */
final class ChainRecorder extends X509ExtendedTrustManager {

  private final X509ExtendedTrustManager judge;
  private volatile X509Certificate[] chain;

  private ChainRecorder(X509ExtendedTrustManager judge) {
    this.judge = judge;
  }

  /** A recorder judging with {@code trustStore}'s certificates, or the JDK's when it is null. */
  static ChainRecorder trusting(KeyStore trustStore) throws NoSuchAlgorithmException, KeyStoreException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trustStore);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509ExtendedTrustManager) {
        return new ChainRecorder((X509ExtendedTrustManager) manager);
      }
    }
    throw new KeyStoreException("the JDK offers no X509 trust manager for " + factory.getAlgorithm());
  }

  /** The server's certificate, the first of its chain, or null before the handshake saw one. */
  X509Certificate leaf() {
    X509Certificate[] seen = chain;
    return seen == null || seen.length == 0 ? null : seen[0];
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    this.chain = chain.clone();
    judge.checkServerTrusted(chain, authType, socket);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    this.chain = chain.clone();
    judge.checkServerTrusted(chain, authType, engine);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    this.chain = chain.clone();
    judge.checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
    judge.checkClientTrusted(chain, authType, socket);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
    judge.checkClientTrusted(chain, authType, engine);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    judge.checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return judge.getAcceptedIssuers();
  }
}
