package dev.healthcheck.runtime;

/**
 * A section's value for one response: as the section gave it (for Java callers and body
 * handlers), and as scrubbed JSON text (for the bodies we render).
 *
 * @param value what the section returned, or the error entry that replaced it
 * @param json the value scrubbed of secrets, as JSON text
 */
record SectionValue(Object value, String json) {

  /** A value computed here, such as an error entry, scrubbed like any other. */
  static SectionValue of(Object value, Scrubber scrubber) {
    return new SectionValue(value, SectionJson.text(SectionJson.scrubbed(value, scrubber)));
  }
}
