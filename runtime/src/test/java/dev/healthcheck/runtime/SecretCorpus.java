package dev.healthcheck.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic secret-bearing names and values, as services really carry them: cloud keys, tokens,
 * database and JDBC URLs, keystore properties, private keys, authorization headers, SASL
 * configuration. Every value is fake but has the real format. {@code secret} is the part that must
 * never appear in a dump; the rest of {@code value} may.
 */
final class SecretCorpus {

  /**
   * One secret: where it sits ({@code name}), what holds it ({@code value}), what must not leak;
   * {@code secret} is {@code null} for the {@link #CANARY}, which must show.
   */
  record Entry(String name, Object value, String secret) {

    Entry(String name, String value) {
      this(name, value, value);
    }
  }

  private SecretCorpus() {}

  /**
   * An innocent value that goes everywhere the secrets go, first: a placement that withholds it,
   * or turns the section into an error entry, proves nothing about the secrets.
   */
  static final Entry CANARY = new Entry("service_name", "checkout-canary-7f3a", null);

  static final List<Entry> ENTRIES =
      List.of(
          CANARY,
          // Cloud providers
          new Entry("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
          new Entry("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
          new Entry("AWS_SESSION_TOKEN", "FwoGZXIvYXdzEBYaDHqa0AP1/bXlSessionTok003"),
          new Entry("aws.s3.presigned_download",
              "https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                  + "&X-Amz-Credential=ASIAY34FZKBOKMUTVV7A%2F20260101&X-Amz-Signature=Presigned004abcdef0123",
              "Presigned004abcdef0123"),
          new Entry("instance_profile_key_id", "ASIAY34FZKBOKMUTVV7A"),
          new Entry("GOOGLE_API_KEY", "AIzaSyA-GoogleApiKey006-abcdefghijklmn"),
          new Entry("GOOGLE_APPLICATION_CREDENTIALS_JSON",
              "{\"type\":\"service_account\",\"project_id\":\"shop\",\"private_key_id\":\"GcpKeyId007abc\","
                  + "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nGcpPrivateKeyBody007\\n-----END PRIVATE KEY-----\\n\"}",
              "GcpPrivateKeyBody007"),
          new Entry("AZURE_STORAGE_CONNECTION_STRING",
              "DefaultEndpointsProtocol=https;AccountName=shopstore;AccountKey=Azure008AbCdEf+GhIj/KlMn==;"
                  + "EndpointSuffix=core.windows.net",
              "Azure008AbCdEf+GhIj/KlMn=="),
          new Entry("blob_download_url",
              "https://shopstore.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&sig=AzureSas009AbCdEf%2BGh%3D",
              "AzureSas009AbCdEf%2BGh%3D"),
          new Entry("AZURE_CLIENT_SECRET", "Azure~Client~Secret~010~abcdefghijkl"),
          // Source hosting, package registries, CI
          new Entry("GITHUB_TOKEN", "ghp_GitHub011AbCdEfGhIjKlMnOpQrStUvWxYz"),
          new Entry("GH_ENTERPRISE_TOKEN", "github_pat_11ABCDEFG0_GitHubPat012abcdefghijklmnop"),
          new Entry("git_remote",
              "https://x-access-token:ghs_GitRemote013AbCdEfGhIjKlMnOpQr@github.com/org/repo.git",
              "ghs_GitRemote013AbCdEfGhIjKlMnOpQr"),
          new Entry("legacy_git_remote",
              "https://GitTokenAsUser014abcdef0123456789:x-oauth-basic@github.com/org/repo",
              "GitTokenAsUser014abcdef0123456789"),
          new Entry("GITLAB_PAT_FOR_CI", "glpat-GitLab015AbCdEfGhIjKlMn"),
          new Entry("NPM_TOKEN", "npm_Npm016AbCdEfGhIjKlMnOpQrStUvWxYz0123"),
          new Entry("npmrc",
              "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=NpmRc017abcdef-0123\n",
              "NpmRc017abcdef-0123"),
          new Entry("TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmcPyPi018AbCdEfGhIjKlMnOp"),
          new Entry("pypirc",
              "[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcPyPiRc019AbCdEf\n",
              "pypi-AgEIcHlwaS5vcmcPyPiRc019AbCdEf"),
          new Entry("PIP_INDEX_URL", "https://__token__:PipIndex020abcdef@pypi.internal/simple", "PipIndex020abcdef"),
          new Entry("DOCKER_HUB_PAT", "dckr_pat_DockerHub021AbCdEfGhIjKl"),
          new Entry("docker_config",
              "{\"auths\":{\"registry.example.com\":{\"auth\":\"RG9ja2VyQXV0aDAyMg==\"}}}", "RG9ja2VyQXV0aDAyMg=="),
          new Entry("maven_settings_server",
              "<server><id>nexus</id><username>deploy</username><password>MavenXml023pass</password></server>",
              "MavenXml023pass"),
          // Chat, mail, payments, AI, secrets managers
          new Entry("SLACK_BOT_TOKEN", "xoxb-2401234567-2409876543210-SlackBot024AbCdEfGh"),
          new Entry("SLACK_WEBHOOK_URL",
              "https://hooks.slack.com/services/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",
              "SlackHook025q8R9s0T1u2V3"),
          new Entry("alerts_webhook",
              "https://discord.com/api/webhooks/123456789012/DiscordHook026AbCdEfGh", "DiscordHook026AbCdEfGh"),
          new Entry("STRIPE_SECRET_KEY", "sk_live_51Stripe027AbCdEfGhIjKlMnOp"),
          new Entry("SENDGRID_API_KEY", "SG.SendGrid028abcdefgh.ijklmnopqrstuvwxyz0123456789AB"),
          new Entry("OPENAI_API_KEY", "sk-proj-OpenAi029AbCdEfGhIjKlMnOpQrSt"),
          new Entry("VAULT_TOKEN", "hvs.Vault030AbCdEfGhIjKlMnOpQrStUv"),
          new Entry("TWILIO_AUTH_TOKEN", "Twilio031abcdef0123456789abcdef"),
          new Entry("DD_API_KEY", "DatadogApi032abcdef0123456789"),
          new Entry("SENTRY_DSN", "https://Sentry033abcdef0123456789@o123.ingest.sentry.io/456", "Sentry033abcdef0123456789"),
          // Databases and brokers
          new Entry("DATABASE_URL", "postgres://shop:Sup3r-S3cret-Pg034@db.internal:5432/shop", "Sup3r-S3cret-Pg034"),
          new Entry("DATABASE_URL_AT_IN_PASSWORD", "postgres://shop:P@ss035-w0rd@db.internal:5432/shop", "P@ss035-w0rd"),
          new Entry("SPRING_DATASOURCE_URL",
              "jdbc:postgresql://db:5432/shop?user=shop&password=JdbcPg036pass&ssl=true", "JdbcPg036pass"),
          new Entry("mssql_url",
              "jdbc:sqlserver://sql.internal:1433;databaseName=shop;user=sa;password=Mssql037pass;encrypt=true",
              "Mssql037pass"),
          new Entry("mssql_braced_url",
              "jdbc:sqlserver://sql.internal:1433;user=sa;password={Brace038;pass};encrypt=true", "Brace038;pass"),
          new Entry("mysql_url", "jdbc:mysql://mysql.internal:3306/shop?user=root&password=Mysql039pass", "Mysql039pass"),
          new Entry("oracle_url", "jdbc:oracle:thin:scott/OracleTiger040@//ora.internal:1521/ORCL", "OracleTiger040"),
          new Entry("MONGODB_URI",
              "mongodb+srv://app:Mongo041pass@cluster0.abcde.mongodb.net/shop?retryWrites=true", "Mongo041pass"),
          new Entry("REDIS_URL", "redis://:Redis042pass@redis.internal:6379/0", "Redis042pass"),
          new Entry("CACHE_ENDPOINTS",
              "rediss://default:Redis043passA@cache-a:6380,rediss://default:Redis043passB@cache-b:6380",
              "Redis043pass"),
          new Entry("RABBITMQ_URL", "amqp://guest:Rabbit044pass@rabbit.internal:5672/vhost", "Rabbit044pass"),
          new Entry("KAFKA_SASL_JAAS_CONFIG",
              "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"shop\" password=\"KafkaJaas045pass\";",
              "KafkaJaas045pass"),
          new Entry("sasl.jaas.config",
              "org.apache.kafka.common.security.scram.ScramLoginModule required username='shop' password='KafkaScram046pass';",
              "KafkaScram046pass"),
          new Entry("MYSQL_PWD", "MysqlPwd047secret"),
          new Entry("PGPASSWORD", "PgPassword048secret"),
          new Entry("HTTPS_PROXY", "http://proxyuser:Proxy049pass@proxy.internal:3128", "Proxy049pass"),
          // Java keystores and Spring properties
          new Entry("javax.net.ssl.keyStorePassword", "Keystore050pass"),
          new Entry("javax.net.ssl.trustStorePassword", "Truststore051pass"),
          new Entry("server.ssl.key-store-password", "SpringKeystore052pass"),
          new Entry("spring.datasource.password", "SpringDs053pass"),
          new Entry("spring.security.oauth2.client.registration.google.client-secret", "GOCSPX-GoogleOauth054secret"),
          new Entry("OAUTH_CLIENT_SECRET", "oAuthCs055-7fG2kLm9QpXz"),
          new Entry("application_yml",
              "spring:\n  datasource:\n    url: jdbc:h2:mem:shop\n    password: YamlPass056secret\n", "YamlPass056secret"),
          new Entry("application_properties",
              "db.url=jdbc:h2:mem:shop\ndb.password=PropsPass057secret\nserver.port=8080\n", "PropsPass057secret"),
          new Entry("SPRING_APPLICATION_JSON",
              "{\"spring\":{\"datasource\":{\"username\":\"shop\",\"password\":\"SpringJson058secret\"}}}",
              "SpringJson058secret"),
          // Private keys
          new Entry("TLS_PRIVATE_KEY",
              "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0RsaPem059body\nabcdefGHIJ==\n-----END RSA PRIVATE KEY-----\n",
              "MIIEowIBAAKCAQEA0RsaPem059body"),
          new Entry("TLS_BUNDLE",
              "-----BEGIN CERTIFICATE-----\nMIIDCertificateIsPublic\n-----END CERTIFICATE-----\n"
                  + "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANPkcs8Pem060body\n-----END PRIVATE KEY-----\n",
              "MIIEvgIBADANPkcs8Pem060body"),
          new Entry("SSH_IDENTITY",
              "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEOpenSsh061body\n-----END OPENSSH PRIVATE KEY-----",
              "b3BlbnNzaC1rZXktdjEOpenSsh061body"),
          // Headers, cookies, tokens in flight
          new Entry("Authorization",
              "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJCZWFyZXIwNjMifQ.BearerSig063abcdef", "BearerSig063abcdef"),
          new Entry("upstream_request", "GET /v1 HTTP/1.1\nAuthorization: Basic YWRtaW46QmFzaWMwNjQ=\nAccept: */*",
              "YWRtaW46QmFzaWMwNjQ="),
          new Entry("probe_command",
              "curl -fsS -H 'Authorization: Bearer Bearer065TokenAbcdef' https://api.internal/health",
              "Bearer065TokenAbcdef"),
          new Entry("last_jwt_seen",
              "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJKd3QwNjYifQ.JwtSignature066abc", "JwtSignature066abc"),
          new Entry("Cookie", "JSESSIONID=SessionCookie067abc; theme=dark", "SessionCookie067abc"),
          new Entry("last_response_headers", "HTTP/1.1 200 OK\nSet-Cookie: session=SetCookie068abc; HttpOnly\n",
              "SetCookie068abc"),
          new Entry("callback_url", "https://api.example.com/hook?access_token=QueryToken069abc&user=1", "QueryToken069abc"),
          new Entry("x-api-key", "XApiKey070abcdef"),
          // Non-text values under secret names
          new Entry("pin_key", 987_654_071L, "987654071"),
          new Entry("credentials", Map.of("user", "svc", "nested", Map.of("note", "NestedCred072secret")), "NestedCred072secret"),
          new Entry("api_keys", List.of("ListKey073first", "ListKey073second"), "ListKey073"),
          // Secrets inside text under innocent names, in the forms a check's output or an
          // exception's message writes them: only the text rules stand between them and a reader.
          new Entry("last_login_error", "login failed: password:Hunter074login", "Hunter074login"),
          new Entry("redis_check_output", "redis AUTH failed (requirepass:Hunter075redis)", "Hunter075redis"),
          new Entry("config_to_string", "config {password:Hunter076config, user:app}", "Hunter076config"),
          new Entry("outbound_header", "X-Api-Key:Hunter077header", "Hunter077header"),
          new Entry("request_log", "GET /orders X-Api-Key:Hunter078inline Accept:*/*", "Hunter078inline"),
          new Entry("probe_script", "curl -fsS -u admin:Hunter079curl https://api.internal/health", "Hunter079curl"),
          new Entry("backup_command", "mysqldump -h db.internal -uroot -pHunter080mysql shop", "Hunter080mysql"),
          new Entry("sso_redirect",
              "https://sso.example.com/cb?state=xyz&next=%2Fapp%3Fuser%3Dann%26password%3DHunter081encoded%26lang%3Den",
              "Hunter081encoded"),
          new Entry("issued_tsv", "client\tapp\ntoken\tHunter082tab\n", "Hunter082tab"),
          new Entry("datasource_placeholders", "user=${DB_USER:shop} login=${DB_PASSWORD:Hunter083default}", "Hunter083default"),
          // A value after a space, as .properties and .netrc lines write it; sshpass's -p; creds.
          new Entry("db_properties", "url jdbc:postgresql://db/shop\npassword Hunter084space\n", "Hunter084space"),
          new Entry("vendor_note", "apikey Hunter085space", "Hunter085space"),
          new Entry("netrc", "machine api.internal login deploy password Hunter086netrc", "Hunter086netrc"),
          new Entry("backup_probe", "sshpass -p Hunter087sshpass ssh backup@host uptime", "Hunter087sshpass"),
          new Entry("launch_command", "java -Dapp.creds=admin:Hunter088creds -jar app.jar", "Hunter088creds"),
          // Last: an unterminated private key is masked to the end of its text.
          new Entry("TRUNCATED_KEY", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIEcTruncated062body", "MHcCAQEEIEcTruncated062body"));

  /** Innocent names and values that must survive scrubbing unchanged. */
  static final Map<String, String> INNOCENT =
      Map.of(
          "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
          "HOME", "/home/app",
          "JAVA_HOME", "/opt/java/openjdk",
          "LANG", "C.UTF-8",
          "SERVICE_URL", "https://api.example.com/v1/status?verbose=true",
          "SERVICE_NAME", "shop-checkout",
          "IDP_NOTE", "reach it at keycloak:8080",
          "CLASSPATH_ENTRY", "/m2/org/springframework/security/spring-security-oauth2-client-6.2.0.jar");

  /** The corpus as a flat map of name to value, as env or properties hold it. */
  static Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    ENTRIES.forEach(entry -> map.put(entry.name(), entry.value()));
    return map;
  }

  /** The text entries as a string map, as the process environment holds them. */
  static Map<String, String> asEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>(INNOCENT);
    for (Entry entry : ENTRIES) {
      environment.put(entry.name(), String.valueOf(entry.value()));
    }
    return environment;
  }

  /** Every text entry as a JVM option, {@code -Dname=value}. */
  static List<String> asJvmOptions() {
    List<String> options = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      options.add("-D" + entry.name() + "=" + entry.value());
    }
    return options;
  }

  /**
   * Fails if any secret, or any 12-character stretch of one, shows anywhere in the body: in the raw
   * text (numbers, escaped forms) or in any key or string once the JSON is read back (unescaped).
   */
  static void assertNoSecretIn(String body) {
    List<String> texts = new ArrayList<>();
    texts.add(body);
    collectTexts(Json.parse(body), texts);
    for (Entry entry : ENTRIES) {
      if (entry.secret() == null) {
        continue;
      }
      for (String stretch : stretches(entry.secret())) {
        for (String text : texts) {
          if (text.contains(stretch)) {
            fail("secret of " + entry.name() + " leaked (\"" + stretch + "\") in: " + excerpt(text, stretch));
          }
        }
      }
    }
  }

  /**
   * Fails unless the body is the corpus scrubbed, not replaced: no member anywhere is an
   * {@code error} entry, and the {@link #CANARY}'s innocent value is still there.
   */
  static void assertScrubbedNotReplaced(String body) {
    JsonNode tree = Json.parse(body);
    if (!tree.findValues("error").isEmpty()) {
      fail("a section became an error entry: " + body.substring(0, Math.min(body.length(), 400)));
    }
    if (!body.contains((String) CANARY.value())) {
      fail("the innocent value " + CANARY.value() + " was withheld: " + body.substring(0, Math.min(body.length(), 400)));
    }
  }

  private static List<String> stretches(String secret) {
    int length = 12;
    if (secret.length() <= length) {
      return List.of(secret);
    }
    List<String> stretches = new ArrayList<>();
    for (int start = 0; start + length <= secret.length(); start++) {
      stretches.add(secret.substring(start, start + length));
    }
    return stretches;
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.textValue());
    }
    node.fieldNames().forEachRemaining(texts::add);
    node.forEach(child -> collectTexts(child, texts));
  }

  private static String excerpt(String text, String stretch) {
    int at = text.indexOf(stretch);
    return text.substring(Math.max(0, at - 120), Math.min(text.length(), at + stretch.length() + 60));
  }
}
