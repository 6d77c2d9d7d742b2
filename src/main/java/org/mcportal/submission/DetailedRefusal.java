package org.mcportal.submission;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;

/**
 * A refusal whose problem body carries extension members a client acts on (the id of the existing
 * submission, the findings still open) and, where one applies, the address of what it refers to.
 */
final class DetailedRefusal extends ProblemException {

  private final Map<String, Object> members;
  private final URI location;

  DetailedRefusal(Problem problem, Map<String, Object> members, URI location) {
    super(problem);
    this.members = Map.copyOf(members);
    this.location = location;
  }

  Map<String, Object> members() {
    return members;
  }

  @Override
  public Response response(String path) {
    Problem problem = problem().at(path);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", problem.instance());
    if (problem.errors() != null) {
      body.put("errors", problem.errors());
    }
    body.putAll(members);
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA).entity(body);
    if (location != null) {
      response.location(location);
    }
    return response.build();
  }
}
