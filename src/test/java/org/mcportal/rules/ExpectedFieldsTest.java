package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcportal.credential.CredentialFileReader;

class ExpectedFieldsTest {

  private static final String FIELD_NOTES =
      "src/test/resources/rubrics-example/field-notes/1.0.yaml";
  private static final String HOME_VISITS_FILE = "rubrics/home-visits/2022-03-17.yaml";

  @Test
  void homeVisitsHasEveryAnswerDocumentAndSubjectNameOnce() {
    ExpectedFields fields = ExpectedFields.of(HomeVisits.definition());

    // Part 1: 3 answers; Part 2: 3 students named twice, 7 plans and 6 summaries each, 3 notes;
    // Part 3: 3 answers.
    assertThat(fields.all()).hasSize(3 + 6 + 21 + 18 + 3 + 3).doesNotHaveDuplicates();
  }

  @Test
  void fieldNotesHasItsOwnShape() throws IOException {
    ExpectedFields fields = ExpectedFields.of(read(FIELD_NOTES));

    assertThat(fields.all().stream().map(FieldKey::toString))
        .containsExactly(
            "answer:orientation:favourite-tree",
            "answer:orientation:weather",
            "subject:evidence:0",
            "private-name:evidence:0",
            "subject:evidence:1",
            "private-name:evidence:1",
            "answer:field-log:first-noticed:0",
            "answer:field-log:first-noticed:1",
            "answer:field-log:question-asked:0",
            "answer:field-log:question-asked:1",
            "answer:field-log:next-walk:0",
            "answer:field-log:next-walk:1",
            "document:sketches:0",
            "document:sketches:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {FIELD_NOTES, HOME_VISITS_FILE})
  void everyExpectedKeyIsOneTheDefinitionAccepts(String file) throws IOException {
    CredentialDefinition definition = read(file);

    for (FieldKey key : ExpectedFields.of(definition).all()) {
      assertThat(FieldKey.parse(key.toString(), definition)).contains(key);
    }
  }

  @Test
  void aPerSubjectComponentGroupsItsAnswersBySubject() {
    ExpectedFields.ComponentFields summaries =
        ExpectedFields.of(HomeVisits.definition()).component(HomeVisits.SUMMARIES);

    assertThat(summaries.perSubject()).isTrue();
    assertThat(summaries.slots())
        .extracting(ExpectedFields.Slot::subject)
        .containsExactly(OptionalInt.of(0), OptionalInt.of(1), OptionalInt.of(2));
    assertThat(summaries.slots().get(1).keys())
        .hasSize(6)
        .allSatisfy(key -> assertThat(key.subject()).isEqualTo(OptionalInt.of(1)));
  }

  @Test
  void aComponentAnsweredOnceHasOneSlotWithoutSubject() {
    ExpectedFields.ComponentFields overview =
        ExpectedFields.of(HomeVisits.definition()).component(HomeVisits.OVERVIEW);

    assertThat(overview.perSubject()).isFalse();
    assertThat(overview.slots())
        .singleElement()
        .extracting(ExpectedFields.Slot::subject)
        .isEqualTo(OptionalInt.empty());
  }

  @Test
  void aPartListsItsSubjectsNames() {
    ExpectedFields.PartFields part2 =
        ExpectedFields.of(HomeVisits.definition()).part(HomeVisits.PART_2).orElseThrow();

    assertThat(part2.subjects())
        .extracting(s -> s.pseudonym().toString() + " " + s.privateName().toString())
        .containsExactly(
            "subject:part-2:0 private-name:part-2:0",
            "subject:part-2:1 private-name:part-2:1",
            "subject:part-2:2 private-name:part-2:2");
    assertThat(part2.components()).hasSize(3);
  }

  @Test
  void documentsCountTowardTheirComponentsWordsAsTheBoundsCheckCounts() {
    CredentialDefinition definition = HomeVisits.definition();
    SubmissionContent content =
        Drafts.complete(definition)
            .document(HomeVisits.NOTES, 0, "one two three")
            .document(HomeVisits.NOTES, 1, "four five")
            .document(HomeVisits.NOTES, 2, "six")
            .build();
    Component notes = definition.component(HomeVisits.NOTES).orElseThrow();

    int words = ExpectedFields.of(definition).component(HomeVisits.NOTES).words(content);

    assertThat(words).isEqualTo(6);
    assertThat(BoundsCheck.words(definition, notes, content)).isEqualTo(words);
  }

  @Test
  void contentThatNoFieldAsksForIsNotCounted() {
    CredentialDefinition definition = HomeVisits.definition();
    SubmissionContent content =
        Drafts.complete(definition)
            .answer(HomeVisits.OVERVIEW, "q1", "one two")
            .answer(HomeVisits.OVERVIEW, "q2", "three")
            .answer(HomeVisits.OVERVIEW, "q3", "four")
            .answer(HomeVisits.OVERVIEW, "not-a-question", "five six seven")
            .build();

    assertThat(ExpectedFields.of(definition).component(HomeVisits.OVERVIEW).words(content))
        .isEqualTo(4);
  }

  @Test
  void anUnknownComponentIsRefused() {
    ExpectedFields fields = ExpectedFields.of(HomeVisits.definition());

    assertThatThrownBy(() -> fields.component("no-such-component"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CredentialDefinition read(String file) throws IOException {
    return new CredentialFileReader().read(file, Files.readString(Path.of(file))).definition();
  }
}
