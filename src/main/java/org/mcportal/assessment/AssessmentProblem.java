package org.mcportal.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem body with the members assessment's clients act on: every problem of a refused
 * scoring sheet, or the server's copy of a sheet that changed elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "AssessmentProblem",
    description =
        "An RFC 9457 problem of the assessment API: the members of `Problem`, and on a refused"
            + " scoring sheet `problems`, on a stale one `current`",
    requiredProperties = {"type", "title", "status"})
public record AssessmentProblem(
    @Schema(
            description = "What went wrong; the types are listed on `Problem`",
            example = "urn:mcportal:problem:stale-sheet")
        String type,
    @Schema(description = "The HTTP status's reason phrase") String title,
    int status,
    @Schema(description = "A sentence for a person; never parse it") String detail,
    @Schema(description = "The path of the request") String instance,
    @Schema(
            description =
                "Every problem of a refused sheet (`invalid-sheet`, `scoring-incomplete`)")
        List<ScoringProblem> problems,
    @Schema(description = "The server's sheet and its version (`stale-sheet`)") SheetView current) {

  AssessmentProblem at(String path) {
    return new AssessmentProblem(type, title, status, detail, path, problems, current);
  }
}
