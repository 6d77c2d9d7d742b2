package org.mcportal.assessment.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.assessment.AssessmentProblemException;
import org.mcportal.assessment.AssessmentProblems;
import org.mcportal.assessment.ScoringProblem;
import org.mcportal.assessment.SheetView;
import org.mcportal.rules.assessment.ScoringSheet;

/**
 * How a scoring page answers a save, whether the sheet is live work or calibration: both screens
 * post the same form and the script autosaves it the same way, so a refused save must read the same
 * on both.
 */
final class SheetSaves {

  private SheetSaves() {}

  /** Draws the scoring screen with the server's sheet beside what was posted. */
  @FunctionalInterface
  interface Screen {
    TemplateInstance show(
        SheetView server,
        ScoringSheet shown,
        List<ScoringProblem> problems,
        boolean conflict,
        String notice);
  }

  /**
   * The screen again, as posted, for a form save the service refused, so nothing typed is lost: a
   * sheet changed elsewhere shows both texts and carries the newer version, so saving again keeps
   * the assessor's; an invalid sheet marks what to fix. Any other refusal is not the form's to
   * answer.
   */
  static Response refusedForm(
      AssessmentProblemException refused, SheetView current, ScoringSheet posted, Screen screen) {
    String type = refused.problem().type();
    if (AssessmentProblems.STALE_SHEET.equals(type)) {
      return Response.status(Response.Status.CONFLICT)
          .entity(
              screen.show(
                  refused.problem().current(),
                  posted,
                  List.of(),
                  true,
                  "The scoring sheet changed elsewhere since you opened it, so nothing was"
                      + " saved. Your text stays in the form; the saved text is shown beside it."
                      + " Save again to keep yours."))
          .build();
    }
    if (AssessmentProblems.INVALID_SHEET.equals(type)) {
      return Response.status(422)
          .entity(
              screen.show(
                  current,
                  posted,
                  refused.problem().problems(),
                  false,
                  "Nothing was saved: fix what is marked below, then save again."))
          .build();
    }
    throw refused;
  }

  /** The script's answer to an autosave, under the new version's entity tag. */
  static Response autosaved(SheetView saved, long version) {
    return Response.ok(body(saved, null)).tag(Long.toString(version + 1)).build();
  }

  /**
   * The script's answer to a refused autosave: on a conflict the server's texts, so the page can
   * show both and keep the assessor's; on an invalid sheet the messages to show.
   */
  static Response refusedAutosave(AssessmentProblemException refused) {
    String type = refused.problem().type();
    if (AssessmentProblems.STALE_SHEET.equals(type)) {
      return Response.status(Response.Status.CONFLICT)
          .entity(body(refused.problem().current(), "stale-sheet"))
          .build();
    }
    if (AssessmentProblems.INVALID_SHEET.equals(type)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("problem", "invalid-sheet");
      body.put(
          "messages", refused.problem().problems().stream().map(ScoringProblem::message).toList());
      return Response.status(422).entity(body).build();
    }
    throw refused;
  }

  /** What the script needs after a save: the version and each component's level so far. */
  private static Map<String, Object> body(SheetView view, String problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (problem != null) {
      body.put("problem", problem);
    }
    body.put("version", view.version());
    body.put("headline", view.preview().headline());
    List<Map<String, Object>> components = new ArrayList<>();
    for (SheetView.ComponentState state : view.components()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("id", state.componentId());
      one.put("derivedLabel", state.derivedLabel());
      one.put(
          "feedback",
          view.sheet()
              .component(state.componentId())
              .map(ScoringSheet.ComponentScore::feedback)
              .orElse(""));
      components.add(one);
    }
    body.put("components", components);
    body.put("overallComment", view.sheet().overallComment());
    return body;
  }
}
