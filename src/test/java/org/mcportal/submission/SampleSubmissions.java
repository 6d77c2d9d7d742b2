package org.mcportal.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic home-visits drafts, kept as field key to text: one that passes every automatic check,
 * one that fails several.
 */
public final class SampleSubmissions {

  interface FieldWriter {
    void save(long submissionId, String key, String text);
  }

  private SampleSubmissions() {}

  public static Map<String, String> passing() {
    return load("/samples/home-visits-passing.yaml");
  }

  public static Map<String, String> failing() {
    return load("/samples/home-visits-failing.yaml");
  }

  static void fillPassing(FieldWriter writer, long submissionId) {
    passing().forEach((key, text) -> writer.save(submissionId, key, text));
  }

  /** Plain filler words, for padding a text to a length in tests about something else. */
  static String words(int count) {
    return "family ".repeat(count).strip();
  }

  private static Map<String, String> load(String resource) {
    try (InputStream in = SampleSubmissions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      Map<String, String> fields = new LinkedHashMap<>();
      new ObjectMapper(new YAMLFactory())
          .readTree(in)
          .fields()
          .forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
