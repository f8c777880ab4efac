package dev.healthcheck.runtime;

/**
 * A named value computed on every request: a top-level key of the health body, or a section of
 * the environment dump. The value is written with Jackson, so maps, lists, records and strings all
 * work.
 */
@FunctionalInterface
public interface Section {

  /**
   * Computes the section's current value; an exception becomes an error entry for this section.
   *
   * @return the section's value, which Jackson writes
   * @throws Exception anything: it becomes an error entry for this section
   */
  Object value() throws Exception;
}
