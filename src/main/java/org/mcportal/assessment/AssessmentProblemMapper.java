package org.mcportal.assessment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mcportal.platform.PageErrors;
import org.mcportal.platform.Problem;

/** Answers {@link AssessmentProblemException} as problem JSON, or as an error page for pages. */
class AssessmentProblemMapper {

  private final PageErrors pages;

  AssessmentProblemMapper(PageErrors pages) {
    this.pages = pages;
  }

  @ServerExceptionMapper
  Response problem(AssessmentProblemException e, UriInfo uri, HttpServerRequest request) {
    AssessmentProblem problem = e.problem();
    return pages
        .respond(request, problem.status(), null)
        .orElseGet(
            () ->
                Response.status(problem.status())
                    .type(Problem.MEDIA)
                    .entity(problem.at(uri.getPath()))
                    .build());
  }
}
