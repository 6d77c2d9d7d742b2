package org.mcportal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdvisoryChecksTest {

  private final CredentialDefinition homeVisits = HomeVisits.definition();

  @Test
  void similarityIsTheShareOfWordTrigramsInCommon() {
    // {a b c, b c d} and {a b c, b c e} share one of three trigrams.
    assertThat(DocumentSimilarity.similarity("A b, c d.", "a B c e"))
        .isCloseTo(1 / 3.0, within(1e-9));
    assertThat(DocumentSimilarity.similarity("same words here", "Same words here!")).isEqualTo(1.0);
    assertThat(DocumentSimilarity.similarity("one two three", "four five six")).isZero();
  }

  @Test
  void notesWrittenForEachFamilyAreNotFlagged() {
    Checklist checklist = Checklist.of(homeVisits, Drafts.complete(homeVisits).build());

    assertThat(checklist.findings()).isEmpty();
  }

  @Test
  void aTemplateWithOnlyTheFamilyNameSwappedIsFlaggedAsAlike() {
    String template =
        "Dear %s family, thank you so much for having us in your home last week. It was wonderful"
            + " to learn about your hopes for the year. We invite you to our open house.";
    SubmissionContent content =
        Drafts.complete(homeVisits)
            .document(HomeVisits.NOTES, 0, template.formatted("Lopez"))
            .document(HomeVisits.NOTES, 1, template.formatted("Nguyen"))
            .build();

    List<Finding> alike = findings(content, "documents-similar");

    assertThat(alike).hasSize(1);
    assertThat(alike.get(0).blocks()).isFalse();
    assertThat(alike.get(0).location().subject()).hasValue(1);
    assertThat(alike.get(0).message()).contains("student 1 (Ana)", "student 2 (Ben)", "88% alike");
  }

  @Test
  void threeNotesFromOneTemplateAreOneFindingNotThreePairs() {
    String template =
        "Dear %s family, thank you so much for having us in your home last week. It was wonderful"
            + " to learn about your hopes for the year. We invite you to our open house.";
    SubmissionContent content =
        Drafts.complete(homeVisits)
            .document(HomeVisits.NOTES, 0, template.formatted("Lopez"))
            .document(HomeVisits.NOTES, 1, template.formatted("Nguyen"))
            .document(HomeVisits.NOTES, 2, template.formatted("Okafor"))
            .build();

    List<Finding> alike = findings(content, "documents-similar");

    assertThat(alike).hasSize(1);
    assertThat(alike.get(0).message())
        .contains("student 1 (Ana), student 2 (Ben) and student 3 (Cai) are up to 88% alike");
    assertThat(alike.get(0).matched()).isEqualTo("[0, 1, 2]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We invite you to the art night.",
        "You are invited to our class play!",
        "Please join us for breakfast on Friday.",
        "We hope to see you at the science fair.",
        "We would love to see you at the concert.",
        "Please come and read with us any Tuesday.",
        "Save the date: family night, May 3.",
      })
  void recognisesCommonWaysOfInviting(String sentence) {
    assertThat(InvitationCheck.invites("Thank you for your time. " + sentence)).isTrue();
  }

  @Test
  void aNoteWithoutAnInvitationIsFlaggedAndTheMessageExplainsTheHeuristic() {
    SubmissionContent content =
        Drafts.complete(homeVisits)
            .document(HomeVisits.NOTES, 2, "Thank you for a lovely afternoon and the tamales.")
            .build();

    List<Finding> missing = findings(content, "invitation-not-found");

    assertThat(missing).hasSize(1);
    assertThat(missing.get(0).location().subject()).hasValue(2);
    assertThat(missing.get(0).message()).contains("student 3", "can miss an invitation");
  }

  @Test
  void findsTheEducatorsNameSchoolAndTheStudentsRealNamesInContext() {
    SubmissionContent content =
        answers(
            Answer.forSubject(
                HomeVisits.PLANS,
                "plan1",
                0,
                "I chose Maria because her family is new to Lakeside Elementary this year."),
            Answer.of(
                HomeVisits.OVERVIEW,
                "q1",
                "I am Dana Whitfield and I teach second grade in a large district."));
    IdentifyingDetails details =
        new IdentifyingDetails(
            "Dana Whitfield",
            "dana@example.org",
            "Lakeside Elementary",
            "North Valley",
            List.of("Maria", "Tom"));

    List<String> messages = scan(content, details);

    assertThat(messages)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("\"I chose Maria because")
                    .contains("a real first name you keep private"))
        .anySatisfy(m -> assertThat(m).contains("Lakeside Elementary").contains("your school"))
        .anySatisfy(m -> assertThat(m).contains("I am Dana Whitfield").contains("(your name)"));
    assertThat(messages).noneMatch(m -> m.contains("Tom"));
  }

  @Test
  void aLeakedFullNameIsOneFindingNotOnePerPartOfIt() {
    SubmissionContent content =
        answers(
            Answer.of(
                HomeVisits.OVERVIEW,
                "q1",
                "I am Dana Whitfield. Dana Whitfield teaches second grade; ask for Ms Whitfield."));
    IdentifyingDetails details =
        new IdentifyingDetails("Dana Whitfield", "", "", "", List.of("Dana"));

    List<String> messages = scan(content, details);

    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).contains("(your name)");
    assertThat(messages.get(1)).contains("Ms Whitfield").contains("(part of your name)");
  }

  @Test
  void aStudentNameIsMatchedAsAWholeWordInItsWrittenCase() {
    SubmissionContent content =
        answers(
            Answer.forSubject(
                HomeVisits.PLANS, "plan1", 0, "Hopes rose as the sun rose; Rosemary smiled."));
    IdentifyingDetails details = new IdentifyingDetails("", "", "", "", List.of("Rose"));

    assertThat(scan(content, details)).isEmpty();
  }

  @Test
  void findsEmailAddressesPhoneNumbersStreetAddressesAndLinks() {
    SubmissionContent content =
        answers(
            Answer.forSubject(
                HomeVisits.SUMMARIES,
                "summary1",
                1,
                "Reach the family at mom.l@example.com or (555) 201-3344. They live at"
                    + " 42 Old Mill Road, and the blog is https://example.net/our-family."));

    List<String> messages = scan(content, IdentifyingDetails.none());

    assertThat(messages)
        .anySatisfy(m -> assertThat(m).contains("(an email address)"))
        .anySatisfy(m -> assertThat(m).contains("(a phone number)"))
        .anySatisfy(m -> assertThat(m).contains("(a street address)"))
        .anySatisfy(m -> assertThat(m).contains("(a link)"));
    assertThat(messages).allMatch(m -> m.startsWith("Artifact 2, question 1 for student 2"));
  }

  @Test
  void yearsAndWordCountsAreNotPhoneNumbers() {
    SubmissionContent content =
        answers(
            Answer.of(
                HomeVisits.OVERVIEW,
                "q1",
                "In 2019-2020 we wrote 1500-2000 words; 45 of 120 families."));

    assertThat(scan(content, IdentifyingDetails.none())).isEmpty();
  }

  @Test
  void aScanHitOnlyAdvises() {
    SubmissionContent content =
        Drafts.complete(homeVisits)
            .answer(HomeVisits.OVERVIEW, "q1", "Write to me: a@b.org " + Texts.words(96))
            .build();

    Checklist checklist =
        Checklist.of(
            homeVisits, content, List.of(IdentifiabilityScan.of(IdentifyingDetails.none())));

    assertThat(checklist.advisory())
        .isNotEmpty()
        .allMatch(f -> f.code().equals("identifying-detail"))
        .anyMatch(f -> f.message().contains("a@b.org"));
    assertThat(checklist.canSubmit()).isTrue();
  }

  private static SubmissionContent answers(Answer... answers) {
    return new SubmissionContent(java.util.Map.of(), List.of(answers), List.of());
  }

  private List<Finding> findings(SubmissionContent content, String code) {
    return Checklist.of(homeVisits, content).findings().stream()
        .filter(f -> f.code().equals(code))
        .toList();
  }

  private List<String> scan(SubmissionContent content, IdentifyingDetails details) {
    return IdentifiabilityScan.of(details).findings(homeVisits, content).stream()
        .map(Finding::message)
        .toList();
  }
}
