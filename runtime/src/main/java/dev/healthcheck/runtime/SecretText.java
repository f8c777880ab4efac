package dev.healthcheck.runtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets written inside a piece of text, whatever key the text sits under: the
 * password of a database URL, the {@code password=} of a JDBC URL, a {@code -D...password=} JVM
 * option, a bearer token, a PEM private key, a GitHub or AWS key. Each secret becomes
 * {@code ********}; the text around it stays, so a reader still sees which database or
 * host a value points to.
 *
 * <p>The rules of the project's one masker, {@link SecretMasker}: it applies them to what a check
 * outputs, the messages of the exceptions it throws and every logged line, and {@link Scrubber}
 * to every string and key of a section, with the words of their configuration. It leans towards masking: a few innocent words may go too ("Basic auth"
 * is read as a credential), a secret never shows. Two readings are kept on purpose, because
 * exception messages go through it: an exception's name before a colon
 * ({@code AuthenticationException: bad credentials}) is not a secret's name, and a
 * {@code host:port} (up to five digits after the colon) is not a secret's {@code name:value}.
 */
final class SecretText {

  private static final String MASK = SecretMasker.MASK;

  /** Rules that need no word list: formats that are secret wherever they appear. */
  private static final List<Rule> FORMATS =
      List.of(
          // Private keys, PEM or OpenSSH or PGP; an unterminated block is masked to the end.
          new Rule(
              "-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----(?s:.*?)(?:-----END \\1-----|$)",
              "-----BEGIN $1-----" + MASK + "-----END $1-----"),
          // Oracle's thin driver puts user/password before the '@' without a "//".
          new Rule("(?i)(jdbc:oracle:[a-z0-9]+:)[^@\\s/:]+/\\S*@", "$1" + MASK + "@"),
          // curl's and wget's user:password option (curl -u admin:pw, --user=admin:pw); a
          // numeric uid:gid (docker run -u 1000:1000) is not one.
          new Rule(
              "((?<![\\w\\-])(?:-u[ \\t]*+|--(?:proxy-)?user(?:[ \\t]++|=))(?!\\d++:\\d++(?![^\\s'\"]))[^\\s:'\"]*+:)[^\\s'\"]++",
              "$1" + MASK),
          // Vendors' token formats, documented by each vendor, found whatever the key says.
          new Rule("(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}", MASK),
          new Rule("gh[pousr]_[A-Za-z0-9]{20,}", MASK),
          new Rule("github_pat_[A-Za-z0-9_]{20,}", MASK),
          new Rule("glpat-[A-Za-z0-9_\\-]{20,}", MASK),
          new Rule("xox[abposre]-[A-Za-z0-9\\-]{10,}", MASK),
          new Rule("xapp-[A-Za-z0-9\\-]{10,}", MASK),
          new Rule("npm_[A-Za-z0-9]{36}", MASK),
          new Rule("pypi-[A-Za-z0-9_\\-]{16,}", MASK),
          new Rule("AIza[0-9A-Za-z_\\-]{35}", MASK),
          new Rule("hv[sbr]\\.[A-Za-z0-9_\\-]{20,}", MASK),
          new Rule("dckr_pat_[A-Za-z0-9_\\-]{20,}", MASK),
          new Rule("SG\\.[A-Za-z0-9_\\-]{16,}\\.[A-Za-z0-9_\\-]{16,}", MASK),
          new Rule("\\b(?:sk|pk|rk)_(?:live|test)_[0-9A-Za-z]{10,}", MASK),
          new Rule("\\bsk-[A-Za-z0-9_\\-]{20,}", MASK),
          new Rule("eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]*", MASK),
          new Rule("(hooks\\.slack\\.com/(?:services|workflows|triggers)/)[A-Za-z0-9/_\\-]+", "$1" + MASK),
          new Rule("(discord(?:app)?\\.com/api/webhooks/)[A-Za-z0-9/_\\-]+", "$1" + MASK),
          new Rule("([?&]sig=)[^&\\s\"']+", "$1" + MASK),
          // HTTP authorization schemes: capitalised as in a header, or followed by a long token.
          new Rule("\\b(Basic|Bearer|Digest|Negotiate|Token)(\\s+)[A-Za-z0-9._~+/=\\-]{4,}", "$1$2" + MASK),
          new Rule("(?i)\\b(basic|bearer|digest|negotiate|token)(\\s+)[A-Za-z0-9._~+/=\\-]{16,}", "$1$2" + MASK));

  /**
   * Commands whose {@code -p} takes a password, on the line that names them; elsewhere {@code -p}
   * is a port, a profile or {@code mkdir -p}. MySQL's and MariaDB's clients take it glued
   * ({@code -ps3cret}, {@code -p'a b'}; {@code -p} alone makes them prompt), sshpass glued or
   * after a space ({@code sshpass -p s3cret ssh host}).
   */
  private static final List<CommandPassword> COMMAND_PASSWORDS =
      List.of(
          new CommandPassword("\\b(?:mysql\\w*|mariadb[\\w\\-]*)\\b", "-p"),
          new CommandPassword("\\bsshpass\\b", "-p[ \\t]*+"));

  /**
   * What follows a secret name and a space on a line of its own, and is a state rather than a
   * value: {@code password expired}, {@code token missing}, {@code password reset}. A word ending
   * in -ed or -ing, or one of a few more.
   */
  private static final String STATE =
      "(?i:[a-z]+(?:ed|ing)|ok|reset|required|invalid|missing|wrong|incorrect|none|null|empty|unset"
          + "|set|true|false|valid|mismatch|change|error|failure|too|is|was|not|for|of|to)(?![^\\s])";

  private final SecretKeys keys;
  private final List<Rule> named;
  private final Pattern secretFlag;

  /** Masks with these words: a name containing one of them names a secret. */
  SecretText(SecretKeys keys) {
    this.keys = keys;
    // A secret name: a run of name characters containing a word, not preceded by one. Atomic up
    // to the first word, possessive after it: a long run full of words is scanned once, not once
    // per word (linear, where plain backtracking is quadratic).
    String bareName = "(?>[\\w.\\-]*?" + keys.alternation() + ")[\\w.\\-]*+";
    String name = "(?<![\\w.\\-])" + bareName;
    // "AuthenticationException: bad request" is a reason, not a secret: keep exception messages.
    String notException = "(?<!Exception|Error)";
    // After "name:" with no blank: not a URL's "//", not a port ("keycloak:8080/realms",
    // "auth:443.") nor a line number ("KeyLoader.java:42:7: error").
    String notUrlOrPort = "(?!/|\\d{1,5}\\.?(?![^\\s&;,\"')}\\]/?#:]))";
    this.named =
        List.of(
            // name="value", "name": "value", name: 'value'; an unterminated quote runs to the end.
            // Backslashes before the quotes: the same in JSON escaped inside a string.
            new Rule("(" + name + "\\\\*[\"']?\\s*[:=]\\s*\\\\*)\"(?s:[^\"\\\\]|\\\\.?)*+(?:\"|$)", "$1\"" + MASK + "\""),
            new Rule("(" + name + "\\\\*[\"']?\\s*[:=]\\s*\\\\*)'[^']*+(?:'|$)", "$1'" + MASK + "'"),
            // Bracketed values: SQL Server's JDBC URL braces one that holds ';' (password={a;b}),
            // and a list or map printed by toString() is [a, b] or {k=v}.
            new Rule("(" + name + "\\s*=\\s*)\\{[^}]*+(?:\\}|$)", "$1{" + MASK + "}"),
            new Rule("(" + name + "\\s*=\\s*)\\[[^\\]]*+(?:\\]|$)", "$1[" + MASK + "]"),
            new Rule("(" + name + "\\s*=\\s*)\\([^)]*+(?:\\)|$)", "$1(" + MASK + ")"),
            // name=value in a query string, a JDBC URL, a command line, a properties line.
            new Rule("(" + name + "\\s*=\\s*)(?![\\s\"'{\\[(])[^&;,\\s\"'})\\]]+", "$1" + MASK),
            // name%3Dvalue: the same pair percent-encoded inside a URL, up to an encoded '&' (%26).
            new Rule("(" + name + "%(?:25)?3[Dd])(?:[^&;,\\s\"'%]|%(?!(?:25)?26))++", "$1" + MASK),
            // "name: value" as in a header or YAML line: the rest of the line.
            new Rule("(" + name + notException + "[\"']?\\s*:[ \\t]+)(?![\"'\\s])[^\\r\\n]+", "$1" + MASK),
            // name:value with no blank, as HTTP allows in a header, a log line or a map's
            // toString() writes it: up to the next delimiter. Not after '/' or '@', where the
            // name is a host or an image (https://auth.example.com:8443, git@keyhost:org/repo).
            new Rule(
                "((?<![\\w.\\-/@])" + bareName + notException + "[\"']?:)" + notUrlOrPort + "(?![\\s\"'{\\[(])[^&;,\\s\"'})\\]]+",
                "$1" + MASK),
            // name<TAB>value, as a tab-separated line writes it, or JSON-escaped: name\tvalue.
            new Rule("(" + name + "[ ]*+(?:\\t|\\\\++t)[ \\t]*+)(?![\\s*=:\\\\])[^\\s\"']+", "$1" + MASK),
            // --password value, -storepass value
            new Rule("((?<![\\w.\\-])-{1,2}" + bareName + "[ \\t]+)(?![-*\\s])\\S+", "$1" + MASK),
            // <password>value</password>
            new Rule("(<(" + bareName + ")(?:\\s[^>]*)?>)[^<]*", "$1" + MASK),
            // A line that is a name and one value after blanks, as .properties and printed
            // configurations write it (password hunter2): prose has more words, or a state, and a
            // name that is a state itself (passed 3, authenticated ann) names nothing.
            new Rule(
                "(?m)^([ \\t]*+" + name + "(?<!(?i:ed|ing))[ \\t]++)(?!" + STATE + ")(?![-*])[^\\s\"']++([ \\t]*+\\r?)$",
                "$1" + MASK + "$2"),
            // In running text, a name then a value that reads as generated: ten or more
            // characters mixing letters and digits (apikey Hunter085space), not a word.
            new Rule(
                "(" + name + "(?<!(?i:ed|ing))[ \\t]++)(?=[A-Za-z._~+/=\\-]*+[0-9])(?=[0-9._~+/=\\-]*+[A-Za-z])"
                    + "[A-Za-z0-9._~+/=\\-]{10,}+(?![^\\s,;)\\]}\"'])",
                "$1" + MASK),
            // .netrc: machine host login user password value
            new Rule("(\\blogin[ \\t]++\\S++[ \\t]++password[ \\t]++)[^\\s\"']++", "$1" + MASK),
            // A whole value that is one assignment, e.g. an env entry "DB_PASSWORD=a b;c" or a
            // header "X-Api-Key:a b": all of the right-hand side, whatever it contains.
            new Rule(
                "^(\\s*(?:export\\s+)?[\"']?" + name + notException + "[\"']?\\s*(?:=|:" + notUrlOrPort + ")\\s*+)(?![\"'{\\[(]?\\*{8}[\"'}\\])]?$)(?s:.+)$",
                "$1" + MASK));
    this.secretFlag = Pattern.compile("-{1,2}" + bareName);
  }

  /** {@code text} with every secret found in it masked. */
  String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = UrlUserInfo.mask(text);
    for (Rule rule : FORMATS) {
      masked = rule.apply(masked);
    }
    for (CommandPassword command : COMMAND_PASSWORDS) {
      masked = command.mask(masked);
    }
    // Most text (paths, versions, hosts) holds no secret word; it skips the name rules.
    if (keys.isSecret(masked)) {
      for (Rule rule : named) {
        masked = rule.apply(masked);
      }
    }
    return masked;
  }

  /**
   * Whether {@code text} is a flag naming a secret with its value in the next argument, as in
   * {@code ["--password", "s3cret"]}.
   */
  boolean isSecretFlag(String text) {
    return secretFlag.matcher(text).matches();
  }

  /** A command whose password flag is masked on the line that names the command. */
  private record CommandPassword(Pattern command, Pattern password) {

    /** {@code flag} is what comes before the password; the password may be quoted. */
    CommandPassword(String command, String flag) {
      this(
          Pattern.compile(command),
          Pattern.compile("(?<=[\\s\"'])" + flag + "('[^']*+'?|\"[^\"]*+\"?|[^\\s\"']++)"));
    }

    /**
     * {@code text} with the password masked on every line that names the command, after its name
     * ({@code mysqldump -uroot -p********}). Line by line rather than one pattern: "a command's
     * name, then anything, then -p" is quadratic on a long line full of names, this is linear.
     */
    String mask(String text) {
      Matcher client = command.matcher(text);
      if (!client.find()) {
        return text;
      }
      StringBuilder masked = new StringBuilder(text.length());
      int copied = 0;
      Matcher secret = password.matcher(text).useTransparentBounds(true);
      int lineEnd = 0;
      while (lineEnd < text.length() && client.find(lineEnd)) {
        int newline = text.indexOf('\n', client.end());
        lineEnd = newline < 0 ? text.length() : newline;
        secret.region(client.end(), lineEnd);
        while (secret.find()) {
          masked.append(text, copied, secret.start(1)).append(MASK);
          copied = secret.end();
        }
      }
      return masked.append(text, copied, text.length()).toString();
    }
  }

  /** A pattern and what each match becomes. */
  private record Rule(Pattern pattern, String replacement) {

    Rule(String regex, String replacement) {
      this(Pattern.compile(regex), replacement);
    }

    String apply(String text) {
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
  }
}
