package dev.healthcheck.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Self-signed certificates for {@code localhost} (not for 127.0.0.1), each of its own organisation, made by the JDK's {@code keytool}, one key store
 * each: valid for a year, expiring in 5 days, expired, not yet valid, and one that no test trust
 * store holds.
 */
final class TestCertificates {

  static final char[] PASSWORD = "changeit".toCharArray();

  /** Name to {@code -startdate} and {@code -validity} (days from the start date). */
  private static final Map<String, List<String>> VALIDITY = Map.of(
      "valid", List.of("-1d", "366"),
      "expiring", List.of("-1d", "6"),
      "expired", List.of("-30d", "10"),
      "notYetValid", List.of("+5d", "30"),
      "untrusted", List.of("-1d", "366"));

  private static final List<String> TRUSTED = List.of("valid", "expiring", "expired", "notYetValid");

  private final Path directory;

  private TestCertificates(Path directory) {
    this.directory = directory;
  }

  /** Makes every certificate in {@code directory}, the keytool runs in parallel. */
  static TestCertificates create(Path directory) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    ExecutorService pool = Executors.newFixedThreadPool(VALIDITY.size());
    try {
      List<Future<String>> runs = new ArrayList<>();
      VALIDITY.forEach((name, validity) -> runs.add(pool.submit(() -> ServerBinaries.run(List.of(
          keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
          "-dname", "CN=localhost, O=" + name, "-ext", "san=dns:localhost",
          "-startdate", validity.get(0), "-validity", validity.get(1),
          "-storetype", "PKCS12", "-keystore", directory.resolve(name + ".p12").toString(),
          "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))))));
      for (Future<String> run : runs) {
        run.get();
      }
    } catch (ExecutionException failed) {
      throw (Exception) failed.getCause();
    } finally {
      pool.shutdown();
    }
    return new TestCertificates(directory);
  }

  /** The key store holding the named certificate and its key, as a server uses it. */
  KeyStore keyStore(String name) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(directory.resolve(name + ".p12"))) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  /** A trust store holding every certificate but {@code untrusted}. */
  KeyStore trustStore() throws IOException, GeneralSecurityException {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    for (String name : TRUSTED) {
      trust.setCertificateEntry(name, keyStore(name).getCertificate("server"));
    }
    return trust;
  }
}
