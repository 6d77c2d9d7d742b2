package org.mcportal.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem body with the members assessment's clients act on: every problem of a refused
 * scoring sheet, or the server's copy of a sheet that changed elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<ScoringProblem> problems,
    SheetView current) {

  AssessmentProblem at(String path) {
    return new AssessmentProblem(type, title, status, detail, path, problems, current);
  }
}
