package org.mcportal.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mcportal.platform.Problem;

/**
 * What is wrong with a submitted form, as sentences for people: each next to its field (the field
 * points at it with {@code aria-describedby}) and all of them in the page's alert region, linked to
 * their fields. Services name the field in front of each problem ("newPassword: is too short");
 * this is where those names become labels.
 */
public final class FormErrors {

  private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

  private final Map<String, List<String>> byField;
  private final List<String> general;

  private FormErrors(Map<String, List<String>> byField, List<String> general) {
    this.byField = byField;
    this.general = general;
  }

  public static FormErrors none() {
    return NONE;
  }

  /** A form's fields: the service's name for each, its element id and its label. */
  public static final class Fields {
    private final Map<String, Field> byServiceName = new LinkedHashMap<>();

    public Fields field(String id, String label) {
      return field(id, id, label);
    }

    public Fields field(String serviceName, String id, String label) {
      byServiceName.put(serviceName, new Field(id, label));
      return this;
    }

    Field get(String serviceName) {
      return byServiceName.get(serviceName);
    }
  }

  record Field(String id, String label) {}

  /** One message of the summary; {@code field} is the id to link to, or empty. */
  public record Entry(String field, String message) {}

  /** Starts an empty set of errors to add to. */
  public static Builder builder(Fields fields) {
    return new Builder(fields);
  }

  /** The problems a service reported, sorted onto the form's fields. */
  public static FormErrors from(Problem problem, Fields fields) {
    Builder builder = builder(fields);
    List<String> messages =
        problem.errors() == null || problem.errors().isEmpty()
            ? List.of(problem.detail())
            : problem.errors();
    messages.forEach(builder::service);
    return builder.build();
  }

  public boolean any() {
    return !byField.isEmpty() || !general.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The field's messages as one text. */
  public String get(String field) {
    return String.join(" ", byField.getOrDefault(field, List.of()));
  }

  /** Every message, those about no one field first. */
  public List<Entry> summary() {
    List<Entry> entries = new ArrayList<>();
    general.forEach(message -> entries.add(new Entry("", message)));
    byField.forEach(
        (field, messages) -> messages.forEach(message -> entries.add(new Entry(field, message))));
    return entries;
  }

  public static final class Builder {
    private final Fields fields;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private Builder(Fields fields) {
      this.fields = fields;
    }

    /** A sentence about a field, by its element id. */
    public Builder field(String id, String sentence) {
      byField.computeIfAbsent(id, key -> new ArrayList<>()).add(sentence);
      return this;
    }

    /** A sentence about the form as a whole. */
    public Builder general(String sentence) {
      general.add(sentence);
      return this;
    }

    /** A service's message, "field: problem" or plain. */
    public Builder service(String message) {
      int colon = message.indexOf(": ");
      Field field = colon > 0 ? fields.get(message.substring(0, colon)) : null;
      if (field == null) {
        return general(sentence(message));
      }
      return field(field.id(), sentence(field.label(), message.substring(colon + 2)));
    }

    public boolean any() {
      return !byField.isEmpty() || !general.isEmpty();
    }

    public FormErrors build() {
      return any()
          ? new FormErrors(Collections.unmodifiableMap(byField), List.copyOf(general))
          : NONE;
    }
  }

  /** "is not right" about "Current password" reads "Current password is not right." */
  static String sentence(String label, String problem) {
    boolean predicate = problem.matches("(is|are|must|does|has) .*");
    return predicate ? sentence(label + " " + problem) : sentence(problem);
  }

  static String sentence(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return trimmed;
    }
    String capital = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
    return capital.endsWith(".") || capital.endsWith("?") ? capital : capital + ".";
  }
}
