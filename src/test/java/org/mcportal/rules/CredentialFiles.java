package org.mcportal.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mcportal.credential.CredentialFileReader;

/** The credential files as the portal reads them, for judged examples on the real wording. */
final class CredentialFiles {

  private CredentialFiles() {}

  static CredentialDefinition homeVisits() {
    return read("rubrics/home-visits/2022-03-17.yaml");
  }

  /** The fictional four-level credential under the test resources. */
  static CredentialDefinition fieldNotes() {
    return read("src/test/resources/rubrics-example/field-notes/1.0.yaml");
  }

  /** No subjects, one exit ticket for the whole submission, one-sided bounds. */
  static CredentialDefinition exitTicket() {
    return read("src/test/resources/rubrics-test/exit-ticket/1.0.yaml");
  }

  /** Five learners, four-level rubrics, an earning rule that counts. */
  static CredentialDefinition lessonStudy() {
    return read("src/test/resources/rubrics-test/lesson-study/1.0.yaml");
  }

  private static CredentialDefinition read(String file) {
    try {
      return new CredentialFileReader().read(file, Files.readString(Path.of(file))).definition();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
