package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The scrubbing rules one by one: what is withheld, what is kept. */
class ScrubberTest {

  private static final SecretText TEXT = new SecretText(SecretKeys.DEFAULT);
  private static final SecretMasker MASKER = SecretMasker.of(SecretKeys.DEFAULT);

  private static JsonNode scrub(Object value) {
    return JacksonSetup.scrubbed(value, MASKER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key", "Key", "somekey", "someKey", "key_value", "Key_value", "API_TOKEN", "db.password",
        "PASSPHRASE", "client_secret", "GOOGLE_APPLICATION_CREDENTIALS", "Authorization",
        "PRIVATE", "MYSQL_PWD", "Cookie", "X-Amz-Signature",
        // py-healthcheck's over-matches, kept: a substring test cannot tell them apart.
        "KEYBOARD", "MONKEY", "PASSENGER", "BYPASS", "AUTHOR"
      })
  void secretKeyKeepsItsKeyAndHasItsValueMasked(String key) {
    JsonNode scrubbed = scrub(Map.of(key, "plain value 1", "colour", "blue"));

    assertEquals("********", scrubbed.get(key).asText());
    assertEquals("blue", scrubbed.get("colour").asText());
  }

  @Test
  void secretKeyMasksValuesOfEveryType() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("int_key", 42);
    values.put("float_key", 4.2);
    values.put("bool_key", true);
    values.put("null_key", null);
    values.put("list_key", List.of("a", "b"));
    values.put("map_key", Map.of("inner", "value"));

    JsonNode scrubbed = scrub(values);

    scrubbed.properties().forEach(field -> assertEquals("********", field.getValue().asText(), field.getKey()));
    assertEquals(List.of("int_key", "float_key", "bool_key", "null_key", "list_key", "map_key"), Json.fieldNames(scrubbed));
  }

  @Test
  void secretObjectIsWithheldWholeWherePyHealthcheckLookedInside() {
    JsonNode scrubbed = scrub(Map.of("credentials", Map.of("username", "svc", "region", "eu")));

    assertEquals("********", scrubbed.get("credentials").asText());
  }

  @Test
  void secretKeyAtAnyDepthOfMapsListsAndRecords() {
    record Inner(String password, String host) {}
    Object value = Map.of("a", List.of(Map.of("b", List.of(new Inner("pw-in-record", "db")))));

    String scrubbed = scrub(value).toString();

    assertFalse(scrubbed.contains("pw-in-record"));
    assertTrue(scrubbed.contains("\"host\":\"db\""));
  }

  @Test
  void keysHoldingCredentialsAreMaskedToo() {
    JsonNode scrubbed = scrub(Map.of("postgres://app:pw-in-key@db/app", "reachable"));

    assertEquals(List.of("postgres://********@db/app"), Json.fieldNames(scrubbed));
  }

  @Test
  void nameValueObjectHasItsValueMasked() {
    JsonNode scrubbed =
        scrub(List.of(Map.of("name", "DB_PASSWORD", "value", "k8s-secret"), Map.of("name", "LOG_LEVEL", "value", "info")));

    assertEquals("DB_PASSWORD", scrubbed.get(0).get("name").asText());
    assertEquals("********", scrubbed.get(0).get("value").asText());
    assertEquals("info", scrubbed.get(1).get("value").asText());
  }

  @Test
  void valueAfterASecretFlagIsMasked() {
    JsonNode scrubbed = scrub(List.of("app", "--db-password", "flag-secret", "--port", "8080"));

    assertEquals(List.of("app", "--db-password", "********", "--port", "8080"), texts(scrubbed));
  }

  @Test
  void jsonHeldInTextIsScrubbedAsJson() {
    JsonNode scrubbed = scrub(Map.of("SPRING_APPLICATION_JSON", "{\"db\": {\"password\": \"json-pw\", \"host\": \"db\"}}"));

    assertEquals("{\"db\":{\"password\":\"********\",\"host\":\"db\"}}", scrubbed.get("SPRING_APPLICATION_JSON").asText());
  }

  @Test
  void textThatOnlyLooksLikeJsonIsMaskedAsText() {
    JsonNode scrubbed = scrub(Map.of("note", "{not json} password=still-masked"));

    assertEquals("{not json} password=********", scrubbed.get("note").asText());
  }

  @Test
  void scrubbingDoesNotChangeTheSectionsOwnValue() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("password", "mine");

    scrub(value);

    assertEquals("mine", value.get("password"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "postgres://app:s3cret@db:5432/app | postgres://********@db:5432/app",
        "postgres://app:p@ss@db:5432/app | postgres://********@db:5432/app",
        "https://ghp_token@github.com/org/repo | https://********@github.com/org/repo",
        "redis://:pw@cache:6379 | redis://********@cache:6379",
        "jdbc:postgresql://db/app?user=app&password=s3cret&ssl=true | jdbc:postgresql://db/app?user=app&password=********&ssl=true",
        "jdbc:sqlserver://db;user=sa;password=s3cret;encrypt=true | jdbc:sqlserver://db;user=sa;password=********;encrypt=true",
        "jdbc:sqlserver://db;password={a;b};encrypt=true | jdbc:sqlserver://db;password={********};encrypt=true",
        "jdbc:oracle:thin:scott/tiger@//ora:1521/ORCL | jdbc:oracle:thin:********@//ora:1521/ORCL",
        "-Djavax.net.ssl.keyStorePassword=changeit | -Djavax.net.ssl.keyStorePassword=********",
        "-Dapp.secret=two words | -Dapp.secret=********",
        "DB_PASSWORD=a b;c | DB_PASSWORD=********",
        "export API_TOKEN=abc | export API_TOKEN=********",
        "run --password hunter2 --port 80 | run --password ******** --port 80",
        "https://api/x?access_token=abc&page=2 | https://api/x?access_token=********&page=2",
        "username=\"u\" password=\"p w\"; | username=\"u\" password=\"********\";",
        "'password': 'p' | 'password': '********'",
        "Authorization: Bearer abc.def.ghi | Authorization: ********",
        "curl -H 'X: Bearer abcdefgh' | curl -H 'X: Bearer ********'",
        "<password>p</password> | <password>********</password>",
        "keys=[a, b] | keys=[********]",
        "AKIAIOSFODNN7EXAMPLE | ********",
        "token is ghp_abcdefghijklmnopqrstuvwxyz012345 | token is ********",
        "https://hooks.slack.com/services/T0/B0/XyZ | https://hooks.slack.com/services/********",
        // name:value with no blank after the colon, up to the next delimiter
        "login failed: password:hunter25 | login failed: password:********",
        "redis AUTH failed (requirepass:hunter26) | redis AUTH failed (requirepass:********)",
        "config {password:hunter27, user:app} | config {password:********, user:app}",
        "X-Api-Key:hunter34 | X-Api-Key:********",
        "X-Api-Key:two words | X-Api-Key:********",
        "GET /x X-Api-Key:hunter34 Accept:*/* | GET /x X-Api-Key:******** Accept:*/*",
        "url=${DB_PASSWORD:changeit} | url=${DB_PASSWORD:********}",
        "'token':abc | 'token':********",
        // user:password options of curl and wget
        "curl -u admin:hunter30 https://api | curl -u admin:******** https://api",
        "curl -uadmin:hunter30 https://api | curl -uadmin:******** https://api",
        "curl -u :hunter30 https://api | curl -u :******** https://api",
        "curl --user=admin:hunter30 https://api | curl --user=admin:******** https://api",
        "curl --proxy-user bob:hunter30 -x proxy:3128 | curl --proxy-user bob:******** -x proxy:3128",
        // MySQL clients' -p<password>
        "mysql -uroot -phunter31 shop | mysql -uroot -p******** shop",
        "sh -c 'mysqldump -h db -P 3306 -uroot -phunter31 shop' | sh -c 'mysqldump -h db -P 3306 -uroot -p******** shop'",
        "mariadb-dump -p'hunter 31' shop | mariadb-dump -p******** shop",
        // name%3Dvalue, percent-encoded inside a URL
        "https://sso/cb?next=%2Fapp%3Fuser%3Dann%26password%3Dhunter33%26lang%3Den"
            + " | https://sso/cb?next=%2Fapp%3Fuser%3Dann%26password%3D********%26lang%3Den",
        "?password%3Dhunter33 | ?password%3D********",
        "?password%253Dhunter33%2526a | ?password%253D********%2526a",
        // A value after a space, on a line of its own (.properties, .netrc, a printed config)
        "password hunter2 | password ********",
        "apikey xyz | apikey ********",
        "refused apikey Hunter085space for /orders | refused apikey ******** for /orders",
        "machine api.internal login deploy password hunter2 | machine api.internal login deploy password ********",
        // sshpass's -p, spaced or glued, on the line naming it
        "sshpass -p pw ssh backup@host uptime | sshpass -p ******** ssh backup@host uptime",
        "sshpass -v -p'two words' ssh host | sshpass -v -p******** ssh host",
        // creds, a secret word of its own
        "-Dapp.creds=admin:pw | -Dapp.creds=********",
      })
  void secretsInsideTextAreMasked(String text, String masked) {
    assertEquals(masked, TEXT.mask(text));
  }

  @Test
  void valueAfterASpaceIsMaskedOnALineOfItsOwn() {
    assertEquals("user app\npassword ********\nport 5432", TEXT.mask("user app\npassword hunter2\nport 5432"));
    assertEquals("password ********\r\n", TEXT.mask("password hunter2\r\n"));
    assertEquals("password reset\npassword expired", TEXT.mask("password reset\npassword expired"));
  }

  @Test
  void valueAfterATabIsMaskedAsATabSeparatedLineHoldsIt() {
    assertEquals("token\t********", TEXT.mask("token\thunter38"));
    assertEquals("name\tapi_token\t********\texpires", TEXT.mask("name\tapi_token\thunter38\texpires"));
    // The same line JSON-escaped inside a string: a backslash and a 't'.
    assertEquals("{\"line\":\"token\\t********\"}", TEXT.mask("{\"line\":\"token\\thunter38\"}"));
  }

  @Test
  void privateKeyBlockIsMaskedAndACertificateKept() {
    String pem =
        "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n"
            + "-----BEGIN RSA PRIVATE KEY-----\nMIIEkey\n-----END RSA PRIVATE KEY-----\n";

    assertEquals(
        "-----BEGIN CERTIFICATE-----\nMIIBcert\n-----END CERTIFICATE-----\n"
            + "-----BEGIN RSA PRIVATE KEY-----********-----END RSA PRIVATE KEY-----\n",
        TEXT.mask(pem));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/usr/local/bin:/usr/bin:/bin",
        "https://api.example.com/v1/status?verbose=true",
        "git@github.com:org/repo.git",
        "connect to keycloak:8080 failed",
        "java.lang.IllegalStateException: token expired",
        "com.example.AuthenticationException: bad credentials",
        "the password is wrong",
        "/m2/org/springframework/security/spring-security-oauth2-client-6.2.0.jar",
        "-Xmx512m",
        "-XX:+UseG1GC",
        "C.UTF-8",
        // A secret word followed by prose, or by a state rather than a value
        "password reset link sent",
        "token bucket full",
        "key rotation ok",
        "password expired",
        "token missing",
        "passed 3",
        "authenticated ann",
        "key rotation 2026-01-01 ok",
        "auth service2 down",
        "password required\nretry",
        "ssh -p 2222 host",
        "the sshpass package is installed",
      })
  void innocentTextIsKept(String text) {
    assertEquals(text, TEXT.mask(text));
  }

  /** Check outputs and exception messages go through the same masker; these must stay readable. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "java.lang.IllegalStateException: token expired",
        "com.example.AuthenticationException: bad credentials",
        "AuthenticationException:bad credentials",
        "java.security.KeyStoreException:keystore was tampered with",
        "host:5432",
        "connect to host:5432 refused",
        "reach it at keycloak:8080.",
        "keycloak:8080",
        "connection to auth-service:8443/realms/shop refused",
        "token-service:443, auth:80",
        "secrets.yaml:12: password is set",
        "at com.example.KeyLoader.load(KeyLoader.java:42)",
        "https://auth.example.com:8443/realms/shop",
        "git@keyserver.example.com:org/repo.git",
        "quay.io/keycloak/keycloak:24.0.1",
        "docker run -u 1000:1000 app",
        "ssh -p2222 keyhost",
        "mkdir -p /run/secrets",
        "token expired",
      })
  void checkOutputsAndExceptionMessagesStayReadable(String message) {
    assertEquals(message, MASKER.mask(message));
  }

  @Test
  void longTextFullOfSecretWordsIsScrubbedInLinearTime() {
    // Sizes at which a quadratic scan would take many minutes; a linear one takes milliseconds.
    // The bound is a guard against a hang, not a speed figure: generous enough for any loaded
    // machine, far below what a quadratic scan needs.
    String words = "keytokenpass".repeat(20_000);
    String urls = "a://b:".repeat(50_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          assertEquals(words, TEXT.mask(words));
          TEXT.mask(urls);
          TEXT.mask("password=\"" + "x".repeat(200_000));
          TEXT.mask("mysql ".repeat(50_000));
          TEXT.mask("password:".repeat(50_000));
          TEXT.mask("token\\".repeat(50_000));
        });
  }

  @Test
  void valuesAfterBlanksAndCommandPasswordsAreFoundInLinearTime() {
    // 20,000 names on one line: a quadratic scan would take many minutes (guard as above).
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          TEXT.mask("sshpass ".repeat(20_000));
          TEXT.mask("password ".repeat(20_000));
          TEXT.mask("password a1b2c3d4e5f6 ".repeat(20_000));
        });
  }

  @Test
  void addedWordsMaskTooAndDefaultsStay() {
    EnvironmentDump dump =
        EnvironmentDump.builder()
            .includeOs(false).includeJava(false).includeProcess(false)
            .secretKeys("iban", "SSN")
            .section("customer", Map.of("CUSTOMER_IBAN", "DE89370400440532013000", "ssn_hash", "x", "password", "p", "name", "Ann"))
            .build();

    JsonNode customer = Json.parse(dump.run()).get("customer");

    assertEquals("********", customer.get("CUSTOMER_IBAN").asText());
    assertEquals("********", customer.get("ssn_hash").asText());
    assertEquals("********", customer.get("password").asText());
    assertEquals("Ann", customer.get("name").asText());
  }

  @Test
  void addedWordsApplyInsideTextToo() {
    SecretText text = new SecretText(SecretKeys.DEFAULT.plus(List.of("iban")));

    assertEquals("payout?iban=********&amount=5", text.mask("payout?iban=DE89370400440532013000&amount=5"));
  }

  @Test
  void wordListCannotBeEmptied() {
    EnvironmentDump.Builder builder = EnvironmentDump.builder();

    builder.secretKeys();
    assertThrows(IllegalArgumentException.class, () -> builder.secretKeys(""));
    assertThrows(IllegalArgumentException.class, () -> builder.secretKeys("  "));
    assertThrows(NullPointerException.class, () -> builder.secretKeys((String) null));
    SecretKeys more = SecretKeys.DEFAULT.plus(List.of(" Iban "));
    SecretKeys.DEFAULT_WORDS.forEach(word -> assertTrue(more.isSecret("X_" + word.toUpperCase() + "_Y"), word));
    assertTrue(more.isSecret("CUSTOMER_IBAN"));
    assertFalse(SecretKeys.DEFAULT.plus(List.of()).isSecret("CUSTOMER_IBAN"));
  }

  /** The one list of the words, in the docs: a word added here must be added there. */
  @Test
  void docsListEveryDefaultWord() throws IOException {
    String docs = Files.readString(Path.of("../docs/environment-and-secrets.md"));
    String table = docs.substring(docs.indexOf("### Secret words"), docs.indexOf("### The rules"));

    SecretKeys.DEFAULT_WORDS.forEach(word -> assertTrue(table.contains("`" + word + "`"), word));
  }

  @Test
  void sectionWhoseNameIsSecretIsWithheldWhole() {
    JsonNode body =
        Json.parse(
            EnvironmentDump.builder()
                .includeOs(false).includeJava(false).includeProcess(false)
                .section("oauth", Map.of("issuer", "https://idp"))
                .section("api_keys", List.of("k1"))
                .build()
                .run());

    assertEquals("********", body.get("oauth").asText());
    assertEquals("********", body.get("api_keys").asText());
  }

  @Test
  void healthCheckerSectionsAreScrubbedThroughTheSharedWriter() {
    JsonNode body =
        Json.parse(
            HealthChecker.builder()
                .section("db", Map.of("url", "postgres://app:hc-secret@db/app", "password", "hc-secret-2"))
                .build()
                .run());

    assertEquals("postgres://********@db/app", body.get("db").get("url").asText());
    assertEquals("********", body.get("db").get("password").asText());
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
