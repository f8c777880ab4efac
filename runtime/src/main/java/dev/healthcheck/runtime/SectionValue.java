package dev.healthcheck.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A section's value for one response, scrubbed of secrets: as a tree (for Java callers and body
 * handlers, who may render it publicly) and as JSON text (for the bodies we render).
 *
 * @param scrubbed what the section returned, or the error entry that replaced it, scrubbed
 * @param json the same, as JSON text
 */
record SectionValue(JsonNode scrubbed, String json) {

  /** A value computed here or by a section, scrubbed with the configuration's masker. */
  static SectionValue of(Object value, SecretMasker masker) {
    JsonNode scrubbed = JacksonSetup.scrubbed(value, masker);
    return new SectionValue(scrubbed, JacksonSetup.text(scrubbed));
  }

  /** The scrubbed value as plain Java values (maps, lists, strings, numbers, booleans, null). */
  Object value() {
    return JacksonSetup.plain(scrubbed);
  }
}
