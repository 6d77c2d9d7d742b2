package org.mcportal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.rules.AssessmentSettings;
import org.mcportal.rules.ComponentResult;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.SubmissionContent;
import org.mcportal.rules.assessment.CalibrationComparison;
import org.mcportal.rules.assessment.Certification;
import org.mcportal.rules.assessment.ScoredComponent;
import org.mcportal.rules.assessment.ScoredOutcome;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * Calibration: admins mark released attempts as exemplars with their final scoring as the gold
 * standard and group them in sets; assessors score a set on the usual sheet, apart from live work,
 * and see where they differ from the gold standard. A passed set certifies the assessor for the
 * credential version's validity; a credential that requires calibration lets only certified
 * assessors claim or be assigned its live work ({@link #requireCertified}).
 *
 * <p>Nothing here touches a review item's state, an assessment, an agreement record or a
 * submission: calibration never reaches the queue, the dashboard, the exports, the agreement
 * figures, an educator or a notification.
 */
@ApplicationScoped
@Transactional
public class Calibrations {

  /** What a blind view's download link says in the snapshot; the sheet's code replaces it. */
  private static final String FILE_MARK = "file";

  private final ReviewItems items;
  private final BlindReview review;
  private final Submissions submissions;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final CredentialCatalog catalog;
  private final AccountService accounts;
  private final PdfScrubber scrubber;

  Calibrations(
      ReviewItems items,
      BlindReview review,
      Submissions submissions,
      AuditTrail audit,
      ObjectMapper json,
      CredentialCatalog catalog,
      AccountService accounts,
      PdfScrubber scrubber) {
    this.items = items;
    this.review = review;
    this.submissions = submissions;
    this.audit = audit;
    this.json = json;
    this.catalog = catalog;
    this.accounts = accounts;
    this.scrubber = scrubber;
  }

  // ---- Admins: sets and exemplars

  public SetSummary createSet(String credentialId, String version, String name, long adminId) {
    CredentialDefinition definition =
        catalog
            .version(credentialId, version)
            .orElseThrow(AssessmentProblems::credentialVersionNotFound);
    String trimmed = name.strip();
    if (CalibrationSet.nameTaken(credentialId, version, trimmed)) {
      throw AssessmentProblems.calibrationSetNameTaken();
    }
    CalibrationSet set = new CalibrationSet();
    set.credentialId = definition.id();
    set.credentialVersion = definition.version();
    set.name = trimmed;
    set.createdBy = adminId;
    set.createdAt = items.now();
    set.persist();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("set", set.id);
    details.put("credential", set.credentialId);
    details.put("version", set.credentialVersion);
    details.put("name", set.name);
    audit.recordCalibration(adminId, AuditAction.CALIBRATION_SET, null, details);
    return summary(set, 0);
  }

  /** Every set, by credential, version and name. */
  public List<SetSummary> sets() {
    Map<Long, Long> counts = new HashMap<>();
    CalibrationExemplar.<CalibrationExemplar>list("removedAt is null")
        .forEach(e -> counts.merge(e.setId, 1L, Long::sum));
    return CalibrationSet.all().stream()
        .map(s -> summary(s, counts.getOrDefault(s.id, 0L).intValue()))
        .toList();
  }

  /** A set with its exemplars (and their source codes) and every result submitted on it. */
  public SetDetail set(long setId) {
    CalibrationSet set = findSet(setId);
    CredentialDefinition definition = definition(set);
    List<CalibrationExemplar> exemplars = CalibrationExemplar.current(setId);
    List<ExemplarRow> rows = new ArrayList<>();
    for (CalibrationExemplar exemplar : exemplars) {
      Map<String, String> levels = levels(exemplar);
      List<String> described = new ArrayList<>();
      definition
          .components()
          .forEach(
              c -> {
                String level = levels.get(c.id());
                described.add(
                    c.label()
                        + ": "
                        + c.rubric()
                            .level(level == null ? "" : level)
                            .map(l -> l.label())
                            .orElse(String.valueOf(level)));
              });
      rows.add(
          new ExemplarRow(
              exemplar.id,
              exemplar.position,
              exemplar.code,
              exemplar.sourceCode,
              exemplar.attemptNumber,
              exemplar.goldEarned,
              described,
              exemplar.addedAt));
    }
    Instant now = items.now();
    Map<Long, String> names = new HashMap<>();
    List<ResultRow> results = new ArrayList<>();
    for (CalibrationRun run : CalibrationRun.submittedOfSet(setId)) {
      String name =
          names.computeIfAbsent(
              run.assessorId,
              id -> accounts.find(id).map(AccountView::displayName).orElse("account " + id));
      results.add(
          new ResultRow(
              run.id,
              run.assessorId,
              name,
              run.submittedAt,
              run.agreed,
              run.compared,
              share(run),
              Boolean.TRUE.equals(run.passed),
              run.certifiedUntil,
              run.certifiedUntil != null && run.certifiedUntil.isAfter(now)));
    }
    return new SetDetail(summary(set, rows.size()), rows, results);
  }

  /**
   * Marks the released attempt of a review item as the set's next exemplar. The attempt's final
   * scoring (the agreed or the lead's, for a double scoring) becomes the gold standard, and both it
   * and the blind view are frozen now.
   */
  public SetDetail addExemplar(long setId, String reviewCode, long adminId) {
    CalibrationSet set = findSet(setId);
    ReviewItem item = items.find(reviewCode);
    if (item.slot != ReviewItem.FIRST_SLOT) {
      throw AssessmentProblems.notAnExemplar(
          reviewCode, "it is the second half of a double scoring; use the first half's code");
    }
    if (!item.credentialId.equals(set.credentialId)
        || !item.credentialVersion.equals(set.credentialVersion)) {
      throw AssessmentProblems.notAnExemplar(
          reviewCode, "it is not of the set's credential version");
    }
    if (item.status != ReviewItem.Status.RELEASED) {
      throw AssessmentProblems.notAnExemplar(reviewCode, "its outcome is not released");
    }
    if (CalibrationExemplar.already(setId, item.submissionId, item.attemptNumber)) {
      throw AssessmentProblems.exemplarAlreadyInSet(reviewCode);
    }
    Assessment gold =
        Assessment.submittedOf(item.id)
            .orElseThrow(() -> AssessmentProblems.notAnExemplar(reviewCode, "it has no scoring"));
    Map<String, String> levels = new LinkedHashMap<>();
    ComponentScore.of(gold.id).forEach(s -> levels.put(s.componentId, s.finalLevel));
    AssessmentOutcome outcome = AssessmentOutcome.findById(gold.id);

    CalibrationExemplar exemplar = new CalibrationExemplar();
    exemplar.setId = setId;
    exemplar.position = CalibrationExemplar.nextPosition(setId);
    exemplar.code = freshCode();
    exemplar.sourceCode = item.code;
    exemplar.submissionId = item.submissionId;
    exemplar.attemptNumber = item.attemptNumber;
    exemplar.blindView = write(snapshot(review.view(item), exemplar.code));
    exemplar.goldSheet = gold.sheet;
    exemplar.goldLevels = write(levels);
    exemplar.goldEarned = outcome.earned;
    exemplar.addedBy = adminId;
    exemplar.addedAt = items.now();
    exemplar.persist();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("set", setId);
    details.put("exemplar", exemplar.code);
    details.put("earned", exemplar.goldEarned);
    audit.recordCalibration(adminId, AuditAction.CALIBRATION_EXEMPLAR_ADDED, item.code, details);
    return set(setId);
  }

  /**
   * The released attempts of the set's version an admin can mark, newest release first, without
   * those in the set already: one query.
   */
  public List<Candidate> candidates(long setId, int limit) {
    CalibrationSet set = findSet(setId);
    List<Object[]> rows =
        CalibrationSet.getEntityManager()
            .createQuery(
                "select r.code, r.attemptNumber, o.earned, o.releasedAt from ReviewItem r,"
                    + " Assessment a, AssessmentOutcome o where a.reviewItemId = r.id and a.status"
                    + " = :submitted and o.assessmentId = a.id and r.credentialId = :credential and"
                    + " r.credentialVersion = :version and r.status = :released and r.slot = :first"
                    + " and not exists (select e.id from CalibrationExemplar e where e.setId = :set"
                    + " and e.submissionId = r.submissionId and e.attemptNumber = r.attemptNumber"
                    + " and e.removedAt is null) order by o.releasedAt desc, r.id desc",
                Object[].class)
            .setParameter("submitted", Assessment.Status.SUBMITTED)
            .setParameter("credential", set.credentialId)
            .setParameter("version", set.credentialVersion)
            .setParameter("released", ReviewItem.Status.RELEASED)
            .setParameter("first", ReviewItem.FIRST_SLOT)
            .setParameter("set", setId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(r -> new Candidate((String) r[0], (Integer) r[1], (Boolean) r[2], (Instant) r[3]))
        .toList();
  }

  /** Takes an exemplar out of the set; sets already scored with it keep it. */
  public SetDetail removeExemplar(long setId, long exemplarId, long adminId) {
    findSet(setId);
    CalibrationExemplar exemplar =
        CalibrationExemplar.inSet(setId, exemplarId)
            .orElseThrow(AssessmentProblems::calibrationSetNotFound);
    exemplar.removedAt = items.now();
    audit.recordCalibration(
        adminId,
        AuditAction.CALIBRATION_EXEMPLAR_REMOVED,
        exemplar.sourceCode,
        Map.of("set", setId, "exemplar", exemplar.code));
    return set(setId);
  }

  // ---- Assessors: sets, runs, sheets, results

  /** The caller's standing per credential version and the sets they can take. */
  public Overview overview(long assessorId) {
    Instant now = items.now();
    List<Standing> standings = new ArrayList<>();
    for (CredentialDefinition definition : catalog.currentVersions()) {
      AssessmentSettings.Calibration settings = definition.assessment().calibration();
      standings.add(
          new Standing(
              definition.id(),
              definition.version(),
              definition.title(),
              settings.required(),
              settings.threshold(),
              settings.validity().toString(),
              StandingStatus.of(certification(assessorId, definition, now))));
    }
    Map<Long, Long> counts = new HashMap<>();
    CalibrationExemplar.<CalibrationExemplar>list("removedAt is null")
        .forEach(e -> counts.merge(e.setId, 1L, Long::sum));
    Map<Long, CalibrationRun> latest = new HashMap<>();
    for (CalibrationRun run : CalibrationRun.ofAssessor(assessorId)) {
      latest.putIfAbsent(run.setId, run);
    }
    List<AvailableSet> sets = new ArrayList<>();
    for (CalibrationSet set : CalibrationSet.all()) {
      int exemplars = counts.getOrDefault(set.id, 0L).intValue();
      if (exemplars == 0 || holdsOwnWork(set.id, assessorId)) {
        continue;
      }
      CalibrationRun run = latest.get(set.id);
      sets.add(
          new AvailableSet(
              set.id,
              set.name,
              set.credentialId,
              set.credentialVersion,
              title(set),
              exemplars,
              run == null ? null : run.id,
              run != null && run.status == CalibrationRun.Status.IN_PROGRESS,
              run == null || run.status != CalibrationRun.Status.SUBMITTED ? null : run.passed,
              run == null ? null : run.submittedAt));
    }
    return new Overview(standings, sets);
  }

  /**
   * Starts the set for the assessor, or answers the go they have open on it: one sheet per exemplar
   * in use now, each under a code of its own.
   */
  public RunView start(long setId, long assessorId) {
    CalibrationSet set = findSet(setId);
    Optional<CalibrationRun> open = CalibrationRun.open(setId, assessorId);
    if (open.isPresent()) {
      return run(open.get());
    }
    List<CalibrationExemplar> exemplars = CalibrationExemplar.current(setId);
    if (exemplars.isEmpty()) {
      throw AssessmentProblems.calibrationSetEmpty();
    }
    if (holdsOwnWork(setId, assessorId)) {
      throw AssessmentProblems.calibrationOwnWork();
    }
    Instant now = items.now();
    CalibrationRun run = new CalibrationRun();
    run.setId = setId;
    run.assessorId = assessorId;
    run.credentialId = set.credentialId;
    run.credentialVersion = set.credentialVersion;
    run.status = CalibrationRun.Status.IN_PROGRESS;
    run.startedAt = now;
    run.persist();
    int position = 1;
    for (CalibrationExemplar exemplar : exemplars) {
      CalibrationSheet sheet = new CalibrationSheet();
      sheet.runId = run.id;
      sheet.exemplarId = exemplar.id;
      sheet.position = position++;
      sheet.code = freshCode();
      sheet.sheet = items.write(ScoringSheet.empty());
      sheet.version = 0;
      sheet.updatedAt = now;
      sheet.persist();
    }
    return run(run);
  }

  public RunView run(long runId, long assessorId) {
    return run(ownRun(runId, assessorId));
  }

  /** What the assessor reads of an exemplar: the blind view frozen when it was marked. */
  public BlindReview.AttemptView exemplar(String code, long assessorId) {
    CalibrationSheet sheet = ownSheet(code, assessorId);
    CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
    return forSheet(read(exemplar.blindView, BlindReview.AttemptView.class), sheet.code);
  }

  public SheetView sheet(String code, long assessorId) {
    CalibrationSheet sheet = ownSheet(code, assessorId);
    return view(sheet, sheet.version, items.read(sheet.sheet));
  }

  /** Where the sheet belongs: its run, the set's name and the exemplar's place in it. */
  public Place place(String code, long assessorId) {
    CalibrationSheet sheet = ownSheet(code, assessorId);
    CalibrationRun run = CalibrationRun.findById(sheet.runId);
    CalibrationSet set = CalibrationSet.findById(run.setId);
    return new Place(
        run.id,
        set.name,
        sheet.position,
        CalibrationSheet.ofRun(run.id).size(),
        run.status == CalibrationRun.Status.SUBMITTED);
  }

  /** Saves the whole sheet if the client's copy is current, as a live sheet's save does. */
  public SheetView save(String code, long assessorId, long expectedVersion, ScoringSheet posted) {
    CalibrationSheet sheet = ownSheet(code, assessorId);
    CalibrationRun run =
        CalibrationRun.forUpdate(sheet.runId)
            .orElseThrow(AssessmentProblems::calibrationRunNotFound);
    if (run.status != CalibrationRun.Status.IN_PROGRESS) {
      throw AssessmentProblems.calibrationSubmitted();
    }
    CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
    CredentialDefinition definition = definition(run);
    List<ScoringProblem> problems = Scoring.structure(definition, posted, content(exemplar));
    if (!problems.isEmpty()) {
      throw AssessmentProblems.invalidSheet(problems);
    }
    if (!CalibrationSheet.compareAndSet(
        sheet.id, expectedVersion, items.write(posted), items.now())) {
      CalibrationSheet.getEntityManager().refresh(sheet);
      throw AssessmentProblems.staleSheet(view(sheet, sheet.version, items.read(sheet.sheet)));
    }
    return view(sheet, expectedVersion + 1, posted);
  }

  /**
   * Submits the set: every sheet must be complete, as a live submit requires. Compares each with
   * its gold standard, records the result, and certifies the assessor when it passes. Submitting
   * again answers the same result.
   */
  public ResultView submit(long runId, long assessorId) {
    CalibrationRun run =
        CalibrationRun.forUpdate(runId)
            .filter(r -> r.assessorId == assessorId)
            .orElseThrow(AssessmentProblems::calibrationRunNotFound);
    if (run.status == CalibrationRun.Status.SUBMITTED) {
      return result(run);
    }
    CredentialDefinition definition = definition(run);
    List<ScoringProblem> problems = new ArrayList<>();
    for (CalibrationSheet sheet : CalibrationSheet.ofRun(run.id)) {
      CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
      for (ScoringProblem problem :
          Scoring.all(definition, items.read(sheet.sheet), content(exemplar))) {
        problems.add(
            new ScoringProblem(
                problem.code(),
                problem.componentId(),
                problem.criterionId(),
                "Exemplar " + sheet.position + " (" + sheet.code + "): " + problem.message()));
      }
    }
    if (!problems.isEmpty()) {
      throw AssessmentProblems.incomplete(problems);
    }
    Instant now = items.now();
    AssessmentSettings.Calibration settings = definition.assessment().calibration();
    CalibrationComparison comparison = compare(run, definition, settings.threshold());
    run.status = CalibrationRun.Status.SUBMITTED;
    run.submittedAt = now;
    run.agreed = comparison.agreed();
    run.compared = comparison.compared();
    run.threshold = settings.threshold();
    run.passed = comparison.passed();
    run.certifiedUntil =
        comparison.passed() ? Certification.expiry(now, settings.validity()) : null;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("set", run.setId);
    details.put("run", run.id);
    details.put("credential", run.credentialId);
    details.put("version", run.credentialVersion);
    details.put("agreed", run.agreed);
    details.put("compared", run.compared);
    details.put("threshold", run.threshold.toPlainString());
    details.put("passed", run.passed);
    details.put(
        "certifiedUntil", run.certifiedUntil == null ? null : run.certifiedUntil.toString());
    audit.recordCalibration(assessorId, AuditAction.CALIBRATION_RESULT, null, details);
    return result(run);
  }

  public ResultView result(long runId, long assessorId) {
    CalibrationRun run = ownRun(runId, assessorId);
    if (run.status != CalibrationRun.Status.SUBMITTED) {
      throw AssessmentProblems.calibrationNotSubmitted();
    }
    return result(run);
  }

  /** An uploaded PDF of the exemplar, stripped of its metadata, under a name that says nothing. */
  public BlindReview.DownloadedFile file(String code, String fieldKey, long assessorId) {
    CalibrationSheet sheet = ownSheet(code, assessorId);
    CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
    byte[] bytes =
        submissions
            .file(exemplar.submissionId, exemplar.attemptNumber, fieldKey)
            .orElseThrow(AssessmentProblems::fileNotFound);
    return new BlindReview.DownloadedFile(
        sheet.code + "-" + fieldKey.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf",
        "application/pdf",
        scrubber.scrub(bytes));
  }

  // ---- The gate before live work

  /** The assessor's standing for a credential version at the clock's now. */
  public Certification certification(long assessorId, String credentialId, String version) {
    return catalog
        .version(credentialId, version)
        .map(d -> certification(assessorId, d, items.now()))
        .orElse(new Certification.NotCalibrated());
  }

  /**
   * Refuses live work of a credential version that requires calibration to an assessor without a
   * current certificate, saying why.
   */
  void requireCertified(long assessorId, String credentialId, String version) {
    CredentialDefinition definition = catalog.version(credentialId, version).orElse(null);
    if (definition == null
        || !definition.assessment().calibration().required()
        || setsTheStandard(assessorId)) {
      return;
    }
    Certification standing = certification(assessorId, definition, items.now());
    if (!standing.certified()) {
      throw AssessmentProblems.calibrationRequired(
          StandingStatus.of(standing).sentence(definition.title()));
    }
  }

  /** The credential versions, of those given, whose live work the assessor may not take now. */
  public List<Blocked> blocked(long assessorId) {
    Instant now = items.now();
    List<Blocked> blocked = new ArrayList<>();
    if (setsTheStandard(assessorId)) {
      return blocked;
    }
    for (CredentialDefinition definition : catalog.currentVersions()) {
      if (!definition.assessment().calibration().required()) {
        continue;
      }
      Certification standing = certification(assessorId, definition, now);
      if (!standing.certified()) {
        blocked.add(
            new Blocked(
                definition.id(),
                definition.version(),
                definition.title(),
                StandingStatus.of(standing).sentence(definition.title())));
      }
    }
    return blocked;
  }

  /**
   * Leads set the standard calibration measures against: they adjudicate the disagreements whose
   * results become gold standards, and the first exemplars of a version that requires calibration
   * can only come from their scoring. They are not gated.
   */
  private boolean setsTheStandard(long accountId) {
    return accounts.find(accountId).map(a -> a.roles().contains(Role.LEAD)).orElse(false);
  }

  private Certification certification(
      long assessorId, CredentialDefinition definition, Instant now) {
    List<Certification.Result> results =
        CalibrationRun.submitted(assessorId, definition.id(), definition.version()).stream()
            .map(
                r ->
                    new Certification.Result(
                        r.submittedAt,
                        Boolean.TRUE.equals(r.passed),
                        share(r),
                        Optional.ofNullable(r.certifiedUntil)))
            .toList();
    return Certification.of(results, now);
  }

  // ---- Helpers

  private CalibrationComparison compare(
      CalibrationRun run, CredentialDefinition definition, BigDecimal threshold) {
    List<CalibrationComparison.Scored> scored = new ArrayList<>();
    Instant at = run.startedAt;
    for (CalibrationSheet sheet : CalibrationSheet.ofRun(run.id)) {
      CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
      ScoringSheet mine = items.read(sheet.sheet);
      Map<String, String> mineLevels = new LinkedHashMap<>();
      for (ScoredComponent component : ScoredOutcome.of(definition, mine, at).components()) {
        component.finalLevelId().ifPresent(level -> mineLevels.put(component.componentId(), level));
      }
      scored.add(
          new CalibrationComparison.Scored(
              sheet.code, items.read(exemplar.goldSheet), levels(exemplar), mine, mineLevels));
    }
    return CalibrationComparison.compare(definition, scored, threshold);
  }

  private ResultView result(CalibrationRun run) {
    CredentialDefinition definition = definition(run);
    CalibrationSet set = CalibrationSet.findById(run.setId);
    CalibrationComparison comparison = compare(run, definition, run.threshold);
    List<ExemplarComparison> exemplars = new ArrayList<>();
    int position = 1;
    for (CalibrationComparison.ExemplarResult exemplar : comparison.exemplars()) {
      exemplars.add(
          new ExemplarComparison(
              position++,
              exemplar.exemplarId(),
              (int) exemplar.agreed(),
              exemplar.components().size(),
              exemplar.components()));
    }
    return new ResultView(
        run.id,
        set.id,
        set.name,
        definition.id(),
        definition.version(),
        definition.title(),
        run.submittedAt,
        run.agreed,
        run.compared,
        share(run),
        run.threshold,
        Boolean.TRUE.equals(run.passed),
        run.certifiedUntil,
        exemplars);
  }

  private RunView run(CalibrationRun run) {
    CalibrationSet set = CalibrationSet.findById(run.setId);
    CredentialDefinition definition = definition(run);
    List<RunSheet> sheets = new ArrayList<>();
    for (CalibrationSheet sheet : CalibrationSheet.ofRun(run.id)) {
      CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
      ScoringSheet saved = items.read(sheet.sheet);
      int open = Scoring.all(definition, saved, content(exemplar)).size();
      sheets.add(new RunSheet(sheet.position, sheet.code, sheet.version > 0, open == 0, open));
    }
    return new RunView(
        run.id,
        set.id,
        set.name,
        definition.id(),
        definition.version(),
        definition.title(),
        run.status == CalibrationRun.Status.SUBMITTED,
        run.startedAt,
        run.submittedAt,
        sheets);
  }

  private SheetView view(CalibrationSheet sheet, long version, ScoringSheet scoring) {
    CalibrationRun run = CalibrationRun.findById(sheet.runId);
    CalibrationExemplar exemplar = CalibrationExemplar.findById(sheet.exemplarId);
    CredentialDefinition definition = definition(run);
    SubmissionContent content = content(exemplar);
    ScoredOutcome scored = ScoredOutcome.of(definition, scoring, items.now());
    List<SheetView.ComponentState> states = new ArrayList<>();
    for (ScoredComponent component : scored.components()) {
      states.add(
          new SheetView.ComponentState(
              component.componentId(),
              component.label(),
              component.derived().map(ComponentResult::levelId).orElse(null),
              component.derived().map(ComponentResult::levelLabel).orElse(null),
              Scoring.unjudged(definition, scoring, content, component.componentId()),
              component.finalLevelId().orElse(null),
              component.requiredLevelId().orElse(null),
              component.reachesRequired(),
              false));
    }
    return new SheetView(sheet.code, version, scoring, states, scored.explanation());
  }

  /**
   * The blind view as stored: every component to be scored (calibration compares all of them, so
   * none is carried) and download links reduced to a mark, since each assessor's sheet has its own
   * address.
   */
  private static BlindReview.AttemptView snapshot(BlindReview.AttemptView view, String code) {
    List<BlindReview.ComponentView> components =
        view.components().stream()
            .map(
                c ->
                    new BlindReview.ComponentView(
                        c.componentId(),
                        c.label(),
                        c.title(),
                        c.words(),
                        false,
                        c.fields().stream()
                            .map(f -> withDownload(f, f.download() == null ? null : FILE_MARK))
                            .toList(),
                        c.findings()))
            .toList();
    return new BlindReview.AttemptView(
        code,
        view.credentialId(),
        view.credentialVersion(),
        view.credentialTitle(),
        view.attempt(),
        view.submittedAt(),
        view.subjects(),
        components,
        view.findings());
  }

  private static BlindReview.AttemptView forSheet(BlindReview.AttemptView view, String code) {
    List<BlindReview.ComponentView> components =
        view.components().stream()
            .map(
                c ->
                    new BlindReview.ComponentView(
                        c.componentId(),
                        c.label(),
                        c.title(),
                        c.words(),
                        c.carried(),
                        c.fields().stream()
                            .map(
                                f ->
                                    withDownload(
                                        f,
                                        f.download() == null
                                            ? null
                                            : "/api/assessment/calibration/sheets/"
                                                + code
                                                + "/files/"
                                                + f.key()))
                            .toList(),
                        c.findings()))
            .toList();
    return new BlindReview.AttemptView(
        code,
        view.credentialId(),
        view.credentialVersion(),
        view.credentialTitle(),
        view.attempt(),
        view.submittedAt(),
        view.subjects(),
        components,
        view.findings());
  }

  private static BlindReview.FieldView withDownload(BlindReview.FieldView f, String download) {
    return new BlindReview.FieldView(
        f.key(), f.questionId(), f.question(), f.subject(), f.text(), f.words(), download);
  }

  private boolean holdsOwnWork(long setId, long assessorId) {
    return CalibrationExemplar.current(setId).stream()
        .anyMatch(e -> submissions.ownedBy(e.submissionId, assessorId));
  }

  private SubmissionContent content(CalibrationExemplar exemplar) {
    return submissions.attempt(exemplar.submissionId, exemplar.attemptNumber).content();
  }

  private CalibrationSet findSet(long setId) {
    CalibrationSet set = CalibrationSet.findById(setId);
    if (set == null) {
      throw AssessmentProblems.calibrationSetNotFound();
    }
    return set;
  }

  private CalibrationRun ownRun(long runId, long assessorId) {
    CalibrationRun run = CalibrationRun.findById(runId);
    if (run == null || run.assessorId != assessorId) {
      throw AssessmentProblems.calibrationRunNotFound();
    }
    return run;
  }

  /** A sheet of another assessor's run is answered as missing: codes are not to be probed. */
  private CalibrationSheet ownSheet(String code, long assessorId) {
    if (!ReviewCodes.wellFormed(code)) {
      throw AssessmentProblems.calibrationSheetNotFound(code);
    }
    CalibrationSheet sheet =
        CalibrationSheet.byCode(code)
            .orElseThrow(() -> AssessmentProblems.calibrationSheetNotFound(code));
    CalibrationRun run = CalibrationRun.findById(sheet.runId);
    if (run.assessorId != assessorId) {
      throw AssessmentProblems.calibrationSheetNotFound(code);
    }
    return sheet;
  }

  private String freshCode() {
    String code = ReviewCodes.next();
    while (CalibrationExemplar.count("code", code) > 0
        || CalibrationSheet.count("code", code) > 0) {
      code = ReviewCodes.next();
    }
    return code;
  }

  private CredentialDefinition definition(CalibrationSet set) {
    return definition(set.credentialId, set.credentialVersion);
  }

  private CredentialDefinition definition(CalibrationRun run) {
    return definition(run.credentialId, run.credentialVersion);
  }

  private CredentialDefinition definition(String credentialId, String version) {
    return catalog
        .version(credentialId, version)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "credential version " + credentialId + " " + version + " is missing"));
  }

  private String title(CalibrationSet set) {
    return catalog
        .version(set.credentialId, set.credentialVersion)
        .map(CredentialDefinition::title)
        .orElse(set.credentialId);
  }

  private SetSummary summary(CalibrationSet set, int exemplars) {
    return new SetSummary(
        set.id,
        set.name,
        set.credentialId,
        set.credentialVersion,
        title(set),
        exemplars,
        set.createdAt);
  }

  private Map<String, String> levels(CalibrationExemplar exemplar) {
    return read(exemplar.goldLevels, new TypeReference<Map<String, String>>() {});
  }

  private static double share(CalibrationRun run) {
    return run.compared == null || run.compared == 0 ? 0.0 : (double) run.agreed / run.compared;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain records always serialize", e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored calibration snapshot is unreadable", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored calibration snapshot is unreadable", e);
    }
  }

  // ---- Views

  public record SetSummary(
      long id,
      String name,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      int exemplars,
      Instant createdAt) {}

  /**
   * @param sourceCode the live review item the exemplar was taken from; admins only
   * @param goldLevels each component's gold level, as "label: level"
   */
  public record ExemplarRow(
      long id,
      int position,
      String code,
      String sourceCode,
      int attempt,
      boolean goldEarned,
      List<String> goldLevels,
      Instant addedAt) {}

  /**
   * @param current whether the certificate this result gave still holds now
   */
  public record ResultRow(
      long runId,
      long assessorId,
      String assessor,
      Instant submittedAt,
      int agreed,
      int compared,
      double agreement,
      boolean passed,
      Instant certifiedUntil,
      boolean current) {}

  public record SetDetail(SetSummary set, List<ExemplarRow> exemplars, List<ResultRow> results) {}

  /** The caller's standing for one credential version. */
  public record Standing(
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      boolean required,
      BigDecimal threshold,
      String validity,
      StandingStatus status) {}

  /**
   * @param state {@code certified}, {@code not-calibrated}, {@code failed} or {@code expired}
   * @param until when a certificate expires or expired
   * @param at when the latest failed set was submitted
   */
  public record StandingStatus(String state, Instant until, Instant at, Double agreement) {
    static StandingStatus of(Certification certification) {
      if (certification instanceof Certification.Certified c) {
        return new StandingStatus("certified", c.until(), null, null);
      }
      if (certification instanceof Certification.Failed f) {
        return new StandingStatus("failed", null, f.at(), f.agreement());
      }
      if (certification instanceof Certification.Expired e) {
        return new StandingStatus("expired", e.at(), null, null);
      }
      return new StandingStatus("not-calibrated", null, null, null);
    }

    public boolean certified() {
      return "certified".equals(state);
    }

    String sentence(String title) {
      return switch (state) {
        case "certified" -> "You are certified for " + title + ".";
        case "failed" ->
            "Your latest calibration set for "
                + title
                + " fell short of the agreement required; pass a calibration set before scoring"
                + " its live work.";
        case "expired" ->
            "Your calibration for "
                + title
                + " expired on "
                + until.atOffset(java.time.ZoneOffset.UTC).toLocalDate()
                + "; pass a calibration set again before scoring its live work.";
        default -> "Pass a calibration set for " + title + " before scoring its live work.";
      };
    }
  }

  public record AvailableSet(
      long id,
      String name,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      int exemplars,
      Long runId,
      boolean inProgress,
      Boolean passed,
      Instant submittedAt) {}

  public record Overview(List<Standing> standings, List<AvailableSet> sets) {}

  /**
   * @param saved whether the sheet was saved at least once
   * @param complete whether the sheet could be submitted as it stands
   * @param open how many things the sheet still lacks
   */
  public record RunSheet(int position, String code, boolean saved, boolean complete, int open) {}

  public record RunView(
      long id,
      long setId,
      String setName,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      boolean submitted,
      Instant startedAt,
      Instant submittedAt,
      List<RunSheet> sheets) {}

  public record Place(long runId, String setName, int position, int of, boolean submitted) {}

  public record ExemplarComparison(
      int position,
      String code,
      int agreed,
      int compared,
      List<CalibrationComparison.ComponentResult> components) {}

  /**
   * @param agreement agreed / compared
   * @param certifiedUntil when the certificate this set gave expires; null when it failed
   */
  public record ResultView(
      long runId,
      long setId,
      String setName,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      Instant submittedAt,
      int agreed,
      int compared,
      double agreement,
      BigDecimal threshold,
      boolean passed,
      Instant certifiedUntil,
      List<ExemplarComparison> exemplars) {}

  /** A released attempt an admin may mark as an exemplar, known by its review code. */
  public record Candidate(String code, int attempt, boolean earned, Instant releasedAt) {}

  /** A credential version whose live work the assessor may not take, and why. */
  public record Blocked(
      String credentialId, String credentialVersion, String credentialTitle, String reason) {}
}
