package dev.healthcheck.micrometer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The samples of a Prometheus text exposition (format 0.0.4), as a scraper reads them: a sample is
 * found by its name and its whole label set, in whatever order the labels were written.
 */
final class PrometheusText {

  /** One line of the exposition: {@code name{labels} value}. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private final List<Sample> samples;

  private PrometheusText(List<Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  /**
   * Reads every sample line; comments ({@code # HELP}, {@code # TYPE}) and blank lines are skipped.
   *
   * @throws IllegalArgumentException if a line is not a sample
   */
  static PrometheusText parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        samples.add(new LineReader(line).sample());
      }
    }
    return new PrometheusText(samples);
  }

  /** Every sample of that name, in the order of the text. */
  List<Sample> samples(String name) {
    return samples.stream().filter(sample -> sample.name().equals(name)).toList();
  }

  /** Every sample whose name starts with that prefix, in the order of the text. */
  List<Sample> samplesStartingWith(String prefix) {
    return samples.stream().filter(sample -> sample.name().startsWith(prefix)).toList();
  }

  /**
   * The value of the sample with that name and exactly these labels, given as name-value pairs;
   * empty when there is none.
   */
  OptionalDouble value(String name, String... labelPairs) {
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < labelPairs.length; i += 2) {
      labels.put(labelPairs[i], labelPairs[i + 1]);
    }
    return samples.stream()
        .filter(sample -> sample.name().equals(name) && sample.labels().equals(labels))
        .mapToDouble(Sample::value)
        .findFirst();
  }

  /** Reads one sample line from left to right. */
  private static final class LineReader {
    private final String line;
    private int at;

    LineReader(String line) {
      this.line = line;
    }

    Sample sample() {
      String name = until(" {");
      Map<String, String> labels = new HashMap<>();
      if (peek() == '{') {
        at++;
        while (peek() != '}') {
          String label = until("=");
          expect('=');
          expect('"');
          labels.put(label, quoted());
          if (peek() == ',') {
            at++;
          }
        }
        at++;
      }
      expect(' ');
      // A timestamp may follow the value; Micrometer writes none.
      String value = line.substring(at).trim().split(" ")[0];
      return new Sample(name, Map.copyOf(labels), number(value));
    }

    private String quoted() {
      StringBuilder value = new StringBuilder();
      for (char c = next(); c != '"'; c = next()) {
        if (c == '\\') {
          char escaped = next();
          value.append(escaped == 'n' ? '\n' : escaped);
        } else {
          value.append(c);
        }
      }
      return value.toString();
    }

    private String until(String stops) {
      int start = at;
      while (at < line.length() && stops.indexOf(line.charAt(at)) < 0) {
        at++;
      }
      return line.substring(start, at);
    }

    private char peek() {
      if (at >= line.length()) {
        throw new IllegalArgumentException("line ends early: " + line);
      }
      return line.charAt(at);
    }

    private char next() {
      char c = peek();
      at++;
      return c;
    }

    private void expect(char expected) {
      if (next() != expected) {
        throw new IllegalArgumentException("expected '" + expected + "' at " + (at - 1) + ": " + line);
      }
    }

    private static double number(String text) {
      return switch (text) {
        case "NaN" -> Double.NaN;
        case "+Inf" -> Double.POSITIVE_INFINITY;
        case "-Inf" -> Double.NEGATIVE_INFINITY;
        default -> Double.parseDouble(text);
      };
    }
  }
}
