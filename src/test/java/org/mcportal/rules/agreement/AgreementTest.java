package org.mcportal.rules.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcportal.rules.Rubric;

class AgreementTest {

  /** Published figures are printed to four decimals (or four significant digits). */
  private static final double PRINTED = 0.00005;

  private static final RatingScale YES_NO = RatingScale.nominal("yes", "no");

  private static final RatingScale FOUR = RatingScale.ordered("a", "b", "c", "d");

  /**
   * Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by A and B; both said yes
   * to 20, both no to 15, A yes and B no to 5, A no and B yes to 10. p_o = 35/50 = 0.7; A says yes
   * to 25/50 and B to 30/50, so p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5 and kappa = (0.7 - 0.5) / 0.5 =
   * 0.4.
   */
  @Test
  void wikipediaWorkedExampleGivesKappaPointFour() {
    ConfusionMatrix matrix = ConfusionMatrix.ofCounts(YES_NO, new int[][] {{20, 5}, {10, 15}});

    assertThat(figure(Agreement.exact(matrix)).value()).isCloseTo(0.7, within(1e-12));
    Estimate.Figure kappa = figure(Agreement.kappa(matrix, Weighting.NONE));
    assertThat(kappa.value()).isCloseTo(0.4, within(1e-12));
    assertThat(kappa.items()).isEqualTo(50);
  }

  /**
   * The vcd package for R (Meyer, Zeileis and Hornik), help page of {@code Kappa}, example {@code
   * Kappa(SexualFun)}: husbands' (rows) and wives' (columns) ratings of 91 couples, from Agresti,
   * Categorical Data Analysis (1990). Printed: unweighted 0.1293, ASE 0.06860; weighted with
   * equal-spacing (linear) weights 0.2374, ASE 0.07832. The vcdExtra {@code print.Kappa} example
   * prints the 95% limits: -0.00512 to 0.2638, and 0.08388 to 0.3909. vcd's ASE is the Fleiss,
   * Cohen and Everitt (1969) standard error used here.
   *
   * <p>The unweighted kappa by hand: p_o = (7 + 8 + 4 + 14) / 91 = 33/91 = 0.36264; husbands' row
   * totals 19, 20, 19, 33 and wives' column totals 12, 28, 18, 33 give p_e = (19·12 + 20·28 + 19·18
   * + 33·33) / 91² = 2219/8281 = 0.26796; kappa = (0.36264 - 0.26796) / (1 - 0.26796) = 0.12933.
   */
  @Test
  void sexualFunMatchesTheVcdPackagesPrintedKappas() {
    ConfusionMatrix matrix = sexualFun();

    Estimate.Figure kappa = figure(Agreement.kappa(matrix, Weighting.NONE));
    assertThat(kappa.value()).isCloseTo(0.1293, within(PRINTED));
    assertThat(kappa.standardError().orElseThrow()).isCloseTo(0.06860, within(0.000005));
    assertThat(kappa.interval().lower()).isCloseTo(-0.00512, within(0.000005));
    assertThat(kappa.interval().upper()).isCloseTo(0.2638, within(PRINTED));
    assertThat(kappa.interval().method()).isEqualTo(Interval.Method.NORMAL_CLIPPED);

    Estimate.Figure linear = figure(Agreement.kappa(matrix, Weighting.LINEAR));
    assertThat(linear.value()).isCloseTo(0.2374, within(PRINTED));
    assertThat(linear.standardError().orElseThrow()).isCloseTo(0.07832, within(0.000005));
    assertThat(linear.interval().lower()).isCloseTo(0.08388, within(0.000005));
    assertThat(linear.interval().upper()).isCloseTo(0.3909, within(PRINTED));
  }

  /**
   * SAS/STAT User's Guide, The FREQ Procedure, Getting Started, "Agreement Study": two
   * dermatologists rate 88 patients' skin condition as terrible, poor, marginal or clear (Table
   * "Skin Condition Data"). The output prints the simple kappa coefficient 0.3449, ASE 0.0724, 95%
   * confidence limits 0.2030 and 0.4868.
   *
   * <p>The kappa by hand, from the table as the guide prints it (rows 10 4 1 0, 5 10 12 2, 2 4 12
   * 5, 0 2 6 13): p_o = (10 + 10 + 12 + 13) / 88 = 45/88 = 0.51136; row totals 15, 29, 23, 21 and
   * column totals 17, 20, 31, 20 give p_e = (15·17 + 29·20 + 23·31 + 21·20) / 88² = 1968/7744 =
   * 0.25413; kappa = (0.51136 - 0.25413) / (1 - 0.25413) = 0.34488.
   */
  @Test
  void skinConditionMatchesTheSasAgreementStudy() {
    Estimate.Figure kappa = figure(Agreement.kappa(skinCondition(), Weighting.NONE));

    assertThat(kappa.value()).isCloseTo(0.3449, within(PRINTED));
    assertThat(kappa.standardError().orElseThrow()).isCloseTo(0.0724, within(PRINTED));
    assertThat(kappa.interval().lower()).isCloseTo(0.2030, within(PRINTED));
    assertThat(kappa.interval().upper()).isCloseTo(0.4868, within(PRINTED));
  }

  /**
   * Quadratic-weighted kappa equals 2 s_xy / (s_x² + s_y² + (x̄ - ȳ)²) on the raters' level
   * numbers, with variances over n (Cohen 1968; Fleiss and Cohen 1973 relate it to the intraclass
   * correlation). The test computes that second form from the raw pairs, independently of the
   * confusion-matrix code. Hand-computed for the skin-condition table (levels numbered 0 to 3, n =
   * 88): means 69/44 and 71/44, variances 2059/1936 and 2087/1936, covariance 1371/1936; so the
   * kappa is 2·1371 / (2059 + 2087 + 4) = 2742/4150 = 0.6607. For the husbands' and wives' table (n
   * = 91), in units of 1/91²: variances 11114 and 9558, covariance 3438, squared mean difference
   * 36, so 6876 / 20708 = 1719/5177 = 0.3320.
   */
  @Test
  void quadraticKappaEqualsTheCovarianceFormOnRawScores() {
    for (ConfusionMatrix matrix : List.of(skinCondition(), sexualFun())) {
      double fromMatrix = figure(Agreement.kappa(matrix, Weighting.QUADRATIC)).value();
      assertThat(fromMatrix).isCloseTo(covarianceForm(matrix), within(1e-12));
    }
    assertThat(figure(Agreement.kappa(skinCondition(), Weighting.QUADRATIC)).value())
        .isCloseTo(2742.0 / 4150, within(1e-12));
    assertThat(figure(Agreement.kappa(sexualFun(), Weighting.QUADRATIC)).value())
        .isCloseTo(1719.0 / 5177, within(1e-12));
  }

  @Test
  void weightsMakeNoDifferenceOnTwoLevels() {
    RatingScale passFail = RatingScale.ordered("pass", "fail");
    ConfusionMatrix matrix = ConfusionMatrix.ofCounts(passFail, new int[][] {{20, 5}, {10, 15}});

    Estimate.Figure unweighted = figure(Agreement.kappa(matrix, Weighting.NONE));
    for (Weighting weighting : Weighting.values()) {
      Estimate.Figure weighted = figure(Agreement.kappa(matrix, weighting));
      assertThat(weighted.value()).isCloseTo(unweighted.value(), within(1e-12));
      assertThat(weighted.standardError()).isEqualTo(unweighted.standardError());
    }
    assertThat(figure(Agreement.adjacent(matrix)).value()).isEqualTo(1.0);
  }

  /**
   * Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
   * methods", Statistics in Medicine 17 (1998) 857-872: the worked examples for the score method
   * without continuity correction (Wilson).
   */
  @ParameterizedTest(name = "{0}/{1} gives [{2}, {3}]")
  @CsvSource({
    "81, 263, 0.2553, 0.3662",
    "15, 148, 0.0624, 0.1605",
    "0, 20, 0.0, 0.1611",
    "1, 29, 0.0061, 0.1718"
  })
  void proportionIntervalIsWilsonsAsNewcombePrintsIt(
      int successes, int trials, double lower, double upper) {
    Estimate.Figure figure = Intervals.proportion(successes, trials);

    assertThat(figure.value()).isEqualTo(successes / (double) trials);
    assertThat(figure.interval().lower()).isCloseTo(lower, within(PRINTED));
    assertThat(figure.interval().upper()).isCloseTo(upper, within(PRINTED));
    assertThat(figure.interval().method()).isEqualTo(Interval.Method.WILSON_SCORE);
  }

  /**
   * Hand-computed on four levels: 10 items, 6 on the diagonal, 3 one step apart (a/b, b/c, d/c) and
   * 1 three steps apart (a/d): exact 6/10, adjacent 9/10.
   */
  @Test
  void adjacentAgreementCountsPairsOneStepApart() {
    List<RatingPair> pairs = new ArrayList<>();
    for (String level : List.of("a", "a", "b", "c", "c", "d")) {
      pairs.add(new RatingPair(level, level));
    }
    pairs.add(new RatingPair("a", "b"));
    pairs.add(new RatingPair("b", "c"));
    pairs.add(new RatingPair("d", "c"));
    pairs.add(new RatingPair("a", "d"));

    AgreementSummary summary = Agreement.summarise(FOUR, pairs);

    assertThat(summary.items()).isEqualTo(10);
    assertThat(figure(summary.exact()).value()).isEqualTo(0.6);
    assertThat(figure(summary.adjacent()).value()).isEqualTo(0.9);
  }

  @Test
  void noItemsLeaveEveryFigureUndefined() {
    AgreementSummary summary = Agreement.summarise(FOUR, List.of());

    assertThat(summary.items()).isZero();
    for (Estimate estimate :
        List.of(
            summary.exact(),
            summary.adjacent(),
            summary.kappa(),
            summary.linearKappa(),
            summary.quadraticKappa())) {
      assertThat(estimate).isEqualTo(new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0));
    }
  }

  @Test
  void oneSharedLevelLeavesKappaUndefinedButAgreementComplete() {
    List<RatingPair> pairs = List.of(pair("b", "b"), pair("b", "b"), pair("b", "b"));

    AgreementSummary summary = Agreement.summarise(FOUR, pairs);

    assertThat(summary.kappa())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.ONE_CATEGORY_ONLY, 3));
    assertThat(summary.quadraticKappa())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.ONE_CATEGORY_ONLY, 3));
    assertThat(((Estimate.Undefined) summary.kappa()).explanation()).contains("same single level");
    Estimate.Figure exact = figure(summary.exact());
    assertThat(exact.value()).isEqualTo(1.0);
    // Wilson for 3/3: upper 1, lower (3 / (3 + z²)) = 0.4385.
    assertThat(exact.interval().upper()).isEqualTo(1.0);
    assertThat(exact.interval().lower()).isCloseTo(0.4385, within(PRINTED));
  }

  /**
   * Hand-computed: the first rater always says b, the second always c. p_o = 0, and p_e = 0 because
   * no level has both raters' shares above zero, so kappa = 0 / 1 = 0; every term of the variance
   * is 0 as well.
   */
  @Test
  void ratersStuckOnDifferentLevelsGetKappaZero() {
    Estimate.Figure kappa =
        figure(
            Agreement.kappa(
                ConfusionMatrix.of(FOUR, List.of(pair("b", "c"), pair("b", "c"))), Weighting.NONE));

    assertThat(kappa.value()).isEqualTo(0.0);
    assertThat(kappa.interval().lower()).isEqualTo(0.0);
    assertThat(kappa.interval().upper()).isEqualTo(0.0);
  }

  @Test
  void perfectAgreementGivesKappaOneWithNoSpread() {
    Estimate.Figure kappa =
        figure(
            Agreement.kappa(
                ConfusionMatrix.of(FOUR, List.of(pair("a", "a"), pair("c", "c"), pair("d", "d"))),
                Weighting.QUADRATIC));

    assertThat(kappa.value()).isCloseTo(1.0, within(1e-12));
    assertThat(kappa.standardError().orElseThrow()).isCloseTo(0.0, within(1e-9));
    assertThat(kappa.interval().upper()).isEqualTo(1.0);
  }

  /**
   * Hand-computed: five items, both yes on 3, both no on 1, first yes and second no on 1. p_o =
   * 0.8; the first says yes to 4/5 and the second to 3/5, so p_e = 0.8·0.6 + 0.2·0.4 = 0.56 and
   * kappa = 0.24 / 0.44 = 0.5455. Its standard error, 0.3621, puts kappa + 1.96 SE at 1.255, past
   * the largest possible kappa, so the upper limit is clipped to 1.
   */
  @Test
  void kappaIntervalIsClippedToOne() {
    ConfusionMatrix few = ConfusionMatrix.ofCounts(YES_NO, new int[][] {{3, 1}, {0, 1}});

    Estimate.Figure kappa = figure(Agreement.kappa(few, Weighting.NONE));

    assertThat(kappa.value()).isCloseTo(0.5455, within(PRINTED));
    assertThat(kappa.standardError().orElseThrow()).isCloseTo(0.3621, within(PRINTED));
    assertThat(kappa.interval().upper()).isEqualTo(1.0);
    assertThat(kappa.interval().lower()).isCloseTo(-0.1643, within(PRINTED));
  }

  /**
   * Hand-computed: two items, the raters opposite on both. p_o = 0, p_e = 0.5, kappa = -1, the
   * least it can be; the Fleiss, Cohen and Everitt variance is (0 + 4·1 - 4) / (2·0.25) = 0.
   */
  @Test
  void completeDisagreementGivesKappaMinusOne() {
    ConfusionMatrix opposite = ConfusionMatrix.ofCounts(YES_NO, new int[][] {{0, 1}, {1, 0}});

    Estimate.Figure kappa = figure(Agreement.kappa(opposite, Weighting.NONE));

    assertThat(kappa.value()).isCloseTo(-1.0, within(1e-12));
    assertThat(kappa.interval().lower()).isEqualTo(-1.0);
    assertThat(kappa.interval().upper()).isCloseTo(-1.0, within(1e-9));
  }

  /**
   * A level neither rater used keeps its place: unweighted kappa is unchanged by it, but weighted
   * kappa reads distances on the whole scale, so with c unused a b/d disagreement is two steps on
   * a-b-c-d, while dropping c would make it one. (An unused level at an end changes nothing:
   * dividing every distance by the same k - 1 cancels out of weighted kappa.)
   */
  @Test
  void unusedMiddleLevelKeepsItsDistanceInWeightedKappa() {
    List<RatingPair> pairs =
        List.of(pair("a", "a"), pair("a", "b"), pair("b", "b"), pair("b", "d"), pair("d", "d"));
    ConfusionMatrix withUnused = ConfusionMatrix.of(FOUR, pairs);
    ConfusionMatrix withoutIt = ConfusionMatrix.of(RatingScale.ordered("a", "b", "d"), pairs);
    ConfusionMatrix withUnusedEnd =
        ConfusionMatrix.of(RatingScale.ordered("a", "b", "c", "d", "e"), pairs);

    assertThat(withUnused.count("c", "c")).isZero();
    assertThat(figure(Agreement.kappa(withUnused, Weighting.NONE)).value())
        .isCloseTo(figure(Agreement.kappa(withoutIt, Weighting.NONE)).value(), within(1e-12));
    assertThat(figure(Agreement.kappa(withUnused, Weighting.QUADRATIC)).value())
        .isNotCloseTo(
            figure(Agreement.kappa(withoutIt, Weighting.QUADRATIC)).value(), within(0.01));
    assertThat(figure(Agreement.kappa(withUnusedEnd, Weighting.QUADRATIC)).value())
        .isCloseTo(figure(Agreement.kappa(withUnused, Weighting.QUADRATIC)).value(), within(1e-12));
  }

  @Test
  void nominalScaleHasNoAdjacentAgreementOrWeightedKappa() {
    RatingScale colours = RatingScale.nominal("red", "green", "blue");
    AgreementSummary summary =
        Agreement.summarise(colours, List.of(pair("red", "red"), pair("green", "blue")));

    assertThat(summary.adjacent())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.NOT_ORDERED, 2));
    assertThat(summary.linearKappa())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.NOT_ORDERED, 2));
    assertThat(summary.kappa()).isInstanceOf(Estimate.Figure.class);
  }

  @Test
  void scaleFromRubricKeepsTheRubricsBestFirstOrder() {
    Rubric rubric =
        new Rubric(
            List.of(level("proficient"), level("basic"), level("developing")),
            List.of(),
            "developing");

    RatingScale scale = RatingScale.of(rubric);

    assertThat(scale.categories()).containsExactly("proficient", "basic", "developing");
    assertThat(scale.ordered()).isTrue();
    assertThat(scale.index("developing")).isEqualTo(rubric.rank("developing"));
  }

  @Test
  void levelOutsideTheScaleIsTheCallersMistake() {
    assertThatThrownBy(() -> ConfusionMatrix.of(FOUR, List.of(pair("a", "e"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no category e");
  }

  @Test
  void agreementOverTimeKeepsEmptyPeriodsBetweenScoredOnes() {
    Instant origin = Instant.parse("2026-01-01T00:00:00Z");
    Duration month = Duration.ofDays(30);
    List<Timed<RatingPair>> pairs =
        List.of(
            new Timed<>(origin.plus(Duration.ofDays(1)), pair("a", "a")),
            new Timed<>(origin.plus(Duration.ofDays(29)), pair("a", "b")),
            new Timed<>(origin.plus(Duration.ofDays(75)), pair("c", "c")));

    List<Bucket<AgreementSummary>> buckets = Agreement.overTime(FOUR, pairs, origin, month);

    assertThat(buckets).hasSize(3);
    assertThat(buckets.get(0).start()).isEqualTo(origin);
    assertThat(buckets.get(0).value().items()).isEqualTo(2);
    assertThat(figure(buckets.get(0).value().exact()).value()).isEqualTo(0.5);
    assertThat(buckets.get(1).start()).isEqualTo(origin.plus(month));
    assertThat(buckets.get(1).value().exact())
        .isEqualTo(new Estimate.Undefined(Estimate.Reason.NO_ITEMS, 0));
    assertThat(buckets.get(2).end()).isEqualTo(origin.plus(month.multipliedBy(3)));
    assertThat(buckets.get(2).value().items()).isEqualTo(1);
  }

  private static double covarianceForm(ConfusionMatrix matrix) {
    List<int[]> scores = new ArrayList<>();
    int k = matrix.scale().size();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        for (int c = 0; c < matrix.count(i, j); c++) {
          scores.add(new int[] {i, j});
        }
      }
    }
    double n = scores.size();
    double meanX = scores.stream().mapToInt(s -> s[0]).sum() / n;
    double meanY = scores.stream().mapToInt(s -> s[1]).sum() / n;
    double varX = 0;
    double varY = 0;
    double cov = 0;
    for (int[] s : scores) {
      varX += (s[0] - meanX) * (s[0] - meanX) / n;
      varY += (s[1] - meanY) * (s[1] - meanY) / n;
      cov += (s[0] - meanX) * (s[1] - meanY) / n;
    }
    return 2 * cov / (varX + varY + (meanX - meanY) * (meanX - meanY));
  }

  private static ConfusionMatrix sexualFun() {
    return ConfusionMatrix.ofCounts(
        RatingScale.ordered("never", "fairly-often", "very-often", "always"),
        new int[][] {{7, 7, 2, 3}, {2, 8, 3, 7}, {1, 5, 4, 9}, {2, 8, 9, 14}});
  }

  private static ConfusionMatrix skinCondition() {
    return ConfusionMatrix.ofCounts(
        RatingScale.ordered("terrible", "poor", "marginal", "clear"),
        new int[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}});
  }

  private static RatingPair pair(String first, String second) {
    return new RatingPair(first, second);
  }

  private static Rubric.Level level(String id) {
    return new Rubric.Level(id, id, Optional.empty(), Optional.empty());
  }

  static Estimate.Figure figure(Estimate estimate) {
    assertThat(estimate).isInstanceOf(Estimate.Figure.class);
    return (Estimate.Figure) estimate;
  }
}
