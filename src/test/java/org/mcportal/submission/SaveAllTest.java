package org.mcportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmissionService.FieldEdit;

/** The editor's form save without script: several fields in one call, conflicts kept apart. */
@QuarkusTest
class SaveAllTest {

  @Inject SubmissionService submissions;
  @Inject TestIdentities identities;

  @Test
  void shouldSaveCurrentFieldsAndReturnTheStaleOnesWithTheServersText() {
    long owner = identities.account("save-all", Role.EDUCATOR).id();
    long id = submissions.start(owner, "home-visits").id();
    submissions.save(owner, id, "answer:part-1:classroom-impact", 0, "Saved in another tab");

    List<SaveResult> results =
        submissions.saveAll(
            owner,
            id,
            List.of(
                new FieldEdit("answer:part-1:why-this-credential", 0, "Fresh text"),
                new FieldEdit("answer:part-1:classroom-impact", 0, "Stale copy"),
                new FieldEdit("answer:part-1:classroom-demographics", 0, "")));

    assertThat(results.get(0)).isInstanceOf(SaveResult.Saved.class);
    assertThat(results.get(0).version()).isEqualTo(1);
    assertThat(results.get(1))
        .isEqualTo(
            new SaveResult.Stale(
                "answer:part-1:classroom-impact",
                "Saved in another tab",
                1,
                ((SaveResult.Stale) results.get(1)).updatedAt()));
    assertThat(results.get(2).version()).as("an unchanged field keeps its version").isZero();
    assertThat(submissions.draft(owner, id).fields())
        .filteredOn(f -> f.key().equals("answer:part-1:classroom-impact"))
        .singleElement()
        .extracting(Draft.Field::text)
        .isEqualTo("Saved in another tab");
  }
}
