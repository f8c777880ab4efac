package dev.healthcheck.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Withholds secrets from a section's JSON tree, at every depth, before it is written.
 *
 * <ul>
 *   <li>An object member whose key names a secret ({@link SecretKeys}) keeps its key; its value,
 *       whatever it is (text, number, {@code null}, a whole object or array), becomes
 *       {@code "********"}. py-healthcheck recursed into an object under such a key and showed its
 *       innocent-looking members; a secret object is withheld whole here.
 *   <li>An object that names a secret in a member's value, as Kubernetes' and ECS's
 *       {@code {"name": "DB_PASSWORD", "value": "..."}} do, has every member whose key contains
 *       {@code value} masked.
 *   <li>Every other text, and every key, has the secrets written inside it masked ({@link
 *       SecretText}); text that is itself JSON (an object, an array, or JSON encoded twice) is
 *       scrubbed as JSON and written back as text.
 *   <li>In an array, the element after a flag naming a secret ({@code "--password"}) is masked.
 * </ul>
 *
 * <p>No depth limit: the tree is walked to its leaves. Its depth is bounded by Jackson's nesting
 * limit (1000) when the value is converted, and a deeper or cyclic value fails there, becoming an
 * error entry: it never reaches the output unscrubbed.
 */
final class Scrubber {

  private static final TextNode MASKED = TextNode.valueOf(SecretMasker.MASK);

  /**
   * A single name, as a name/value object's name member holds: {@code DB_PASSWORD},
   * {@code X-Api-Key}, an SSM parameter's {@code /shop/prod/db-password}.
   */
  private static final Pattern NAME = Pattern.compile("[\\w.\\-/:]+");

  private final SecretKeys keys;
  private final SecretText text;

  /** Masks with these words, and the text inside the tree with {@code text}, built from them. */
  Scrubber(SecretKeys keys, SecretText text) {
    this.keys = keys;
    this.text = text;
  }

  /** A copy of {@code node} with every secret masked; {@code node} itself is not changed. */
  JsonNode scrub(JsonNode node) {
    if (node.isObject()) {
      return scrubObject((ObjectNode) node);
    }
    if (node.isArray()) {
      return scrubArray((ArrayNode) node);
    }
    if (node.isTextual()) {
      return scrubText(node.textValue());
    }
    return node;
  }

  private ObjectNode scrubObject(ObjectNode object) {
    boolean namesSecret = namesSecret(object);
    ObjectNode scrubbed = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      String key = member.getKey();
      boolean secret =
          keys.isSecret(key) || (namesSecret && key.toLowerCase(Locale.ROOT).contains("value"));
      scrubbed.set(text.mask(key), secret ? MASKED : scrub(member.getValue()));
    }
    return scrubbed;
  }

  /** Whether a member's value is a single secret name: {@code {"name": "DB_PASSWORD", ...}}. */
  private boolean namesSecret(ObjectNode object) {
    for (JsonNode value : object) {
      if (value.isTextual() && NAME.matcher(value.textValue()).matches() && keys.isSecret(value.textValue())) {
        return true;
      }
    }
    return false;
  }

  private ArrayNode scrubArray(ArrayNode array) {
    ArrayNode scrubbed = JsonNodeFactory.instance.arrayNode(array.size());
    boolean afterSecretFlag = false;
    for (JsonNode element : array) {
      scrubbed.add(afterSecretFlag ? MASKED : scrub(element));
      afterSecretFlag = element.isTextual() && text.isSecretFlag(element.textValue());
    }
    return scrubbed;
  }

  private JsonNode scrubText(String value) {
    JsonNode embedded = JacksonSetup.parseEmbedded(value);
    if (embedded != null) {
      // Written back as the JSON text it was, minus the secrets (and its original spacing).
      return TextNode.valueOf(JacksonSetup.compactText(scrub(embedded)));
    }
    return TextNode.valueOf(text.mask(value));
  }
}
