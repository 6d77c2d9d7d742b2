package org.mcportal.rules;

import java.util.List;
import java.util.Objects;

/**
 * What would identify the educator or their students if it appeared in a submission: the profile of
 * the educator and the students' real first names, which the educator keeps privately beside the
 * pseudonyms. A blank value is one the educator has not given.
 */
public record IdentifyingDetails(
    String educatorName,
    String educatorEmail,
    String school,
    String district,
    List<String> studentNames) {

  public IdentifyingDetails {
    Objects.requireNonNull(educatorName, "educatorName");
    Objects.requireNonNull(educatorEmail, "educatorEmail");
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(district, "district");
    studentNames = List.copyOf(studentNames);
  }

  public static IdentifyingDetails none() {
    return new IdentifyingDetails("", "", "", "", List.of());
  }
}
