package org.mcportal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcportal.rules.HomeVisits.NOTES;
import static org.mcportal.rules.HomeVisits.OVERVIEW;
import static org.mcportal.rules.HomeVisits.PLANS;
import static org.mcportal.rules.HomeVisits.REFLECTION;
import static org.mcportal.rules.HomeVisits.SUMMARIES;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.BoundsCheck.Verdict;

class BoundsCheckTest {

  private static final CredentialDefinition HOME_VISITS = HomeVisits.definition();

  private static BoundsCheck check(CredentialDefinition definition, String componentId, int words) {
    SubmissionContent content = Drafts.complete(definition).words(componentId, words).build();
    return BoundsCheck.of(definition, definition.component(componentId).orElseThrow(), content)
        .orElseThrow();
  }

  @ParameterizedTest(name = "Part 1 with {0} words is {1}")
  @CsvSource({"0, BELOW", "199, BELOW", "200, WITHIN", "400, WITHIN", "401, ABOVE"})
  void partOneIsHeldTo200To400Words(int words, Verdict verdict) {
    BoundsCheck check = check(HOME_VISITS, OVERVIEW, words);
    assertEquals(words, check.words());
    assertEquals(verdict, check.verdict());
    assertEquals(new WordBounds(200, 400), check.bounds());
  }

  @ParameterizedTest(name = "{0} with {1} words across three students is {2}")
  @CsvSource({
    "pre-visit-plans, 1499, BELOW",
    "pre-visit-plans, 1500, WITHIN",
    "pre-visit-plans, 2000, WITHIN",
    "pre-visit-plans, 2001, ABOVE",
    "visit-summaries, 1499, BELOW",
    "visit-summaries, 1500, WITHIN",
    "visit-summaries, 2000, WITHIN",
    "visit-summaries, 2001, ABOVE"
  })
  void artifactsAreHeldTo1500To2000WordsAcrossAllStudents(
      String componentId, int words, Verdict verdict) {
    assertEquals(verdict, check(HOME_VISITS, componentId, words).verdict());
  }

  @ParameterizedTest(name = "Part 3 with {0} words is {1}")
  @CsvSource({"249, BELOW", "250, WITHIN", "400, WITHIN", "401, ABOVE"})
  void reflectionIsHeldTo250To400Words(int words, Verdict verdict) {
    assertEquals(verdict, check(HOME_VISITS, REFLECTION, words).verdict());
  }

  @ParameterizedTest(name = "observation notes with {0} words are {1}")
  @CsvSource({"299, BELOW", "300, WITHIN", "600, WITHIN", "601, ABOVE"})
  void boundsComeFromTheDefinitionNotFromHomeVisits(int words, Verdict verdict) {
    assertEquals(
        verdict, check(PeerObservation.definition(), PeerObservation.NOTES, words).verdict());
  }

  @Test
  void partWith180WordsSaysHowManyItNeeds() {
    assertEquals(
        "Part 1 has 180 words; it needs 200–400 words.",
        check(HOME_VISITS, OVERVIEW, 180).message());
  }

  @Test
  void partWith401WordsSaysHowManyItNeeds() {
    assertEquals(
        "Part 1 has 401 words; it needs 200–400 words.",
        check(HOME_VISITS, OVERVIEW, 401).message());
  }

  @Test
  void perStudentArtifactMessageCountsAcrossStudents() {
    assertEquals(
        "Artifact 1 has 1,499 words across its 3 students; it needs 1,500–2,000 words.",
        check(HOME_VISITS, PLANS, 1499).message());
  }

  @Test
  void perColleagueMessageUsesTheDefinitionsNoun() {
    assertEquals(
        "Observation notes has 299 words across its 2 colleagues; it needs 300–600 words.",
        check(PeerObservation.definition(), PeerObservation.NOTES, 299).message());
  }

  @Test
  void withinBoundsMessageSaysSo() {
    assertEquals(
        "Part 3 has 300 words, within 250–400 words.",
        check(HOME_VISITS, REFLECTION, 300).message());
  }

  @Test
  void oneWordIsSingular() {
    assertEquals(
        "Part 1 has 1 word; it needs 200–400 words.", check(HOME_VISITS, OVERVIEW, 1).message());
  }

  @Test
  void componentWithoutBoundsHasNoCheck() {
    SubmissionContent content = Drafts.complete(HOME_VISITS).build();
    assertTrue(
        BoundsCheck.of(HOME_VISITS, HOME_VISITS.component(NOTES).orElseThrow(), content).isEmpty());
  }

  @Test
  void everyBoundedComponentIsCheckedInTheCredentialsOrder() {
    List<String> checked =
        BoundsCheck.all(HOME_VISITS, Drafts.complete(HOME_VISITS).build()).stream()
            .map(BoundsCheck::componentId)
            .toList();
    assertEquals(List.of(OVERVIEW, PLANS, SUMMARIES, REFLECTION), checked);
  }

  @Test
  void answersTheCredentialDoesNotAskForAreNotCounted() {
    SubmissionContent content =
        Drafts.complete(HOME_VISITS)
            .words(PLANS, 1499)
            .answer(PLANS, "plan1", 3, Texts.words(50))
            .answer(PLANS, "not-a-question", 0, Texts.words(50))
            .answer(PLANS, "plan1", Texts.words(50))
            .build();
    Component plans = HOME_VISITS.component(PLANS).orElseThrow();
    assertEquals(1499, BoundsCheck.words(HOME_VISITS, plans, content));
  }

  @Test
  void markupDoesNotCountTowardTheBound() {
    SubmissionContent content =
        Drafts.complete(HOME_VISITS)
            .words(OVERVIEW, 199)
            .answer(OVERVIEW, "q1", Texts.words(67) + "\n\n---\n\n> **\n\n- \n")
            .build();
    Component overview = HOME_VISITS.component(OVERVIEW).orElseThrow();
    assertEquals(
        Verdict.BELOW, BoundsCheck.of(HOME_VISITS, overview, content).orElseThrow().verdict());
  }

  @Test
  void outOfBoundsChecksBecomeBlockingFindingsOnTheirComponent() {
    SubmissionContent content =
        Drafts.complete(HOME_VISITS).words(OVERVIEW, 180).words(REFLECTION, 401).build();
    List<Finding> findings = BoundsCheck.findings(HOME_VISITS, content);
    assertEquals(2, findings.size());
    assertEquals(BoundsCheck.BELOW_MIN, findings.get(0).code());
    assertEquals(Location.component(HomeVisits.PART_1, OVERVIEW), findings.get(0).location());
    assertEquals(BoundsCheck.ABOVE_MAX, findings.get(1).code());
    assertTrue(findings.stream().allMatch(Finding::blocks));
  }
}
