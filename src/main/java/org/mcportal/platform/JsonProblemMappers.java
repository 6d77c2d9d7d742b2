package org.mcportal.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body that is not JSON, or not the JSON an endpoint expects, is the client's mistake: 400 with a
 * problem naming the field, never Jackson's own text, which quotes our class names.
 */
public class JsonProblemMappers {

  // The subclasses are listed because Quarkus ships mappers for some of them, and the mapper for
  // the closest type wins.
  @ServerExceptionMapper({
    JsonProcessingException.class,
    JsonMappingException.class,
    MismatchedInputException.class,
    InvalidFormatException.class,
    UnrecognizedPropertyException.class,
    ValueInstantiationException.class
  })
  public Response unreadable(JsonProcessingException e, UriInfo uri) {
    return problem(e).at(uri.getPath()).toResponse();
  }

  /**
   * The problem for a body Jackson could not read. Quarkus also reports a body that is not JSON at
   * all as a 400 that carries the parser's exception; {@link ProblemMappers} answers it with this.
   */
  static Problem problem(JsonProcessingException e) {
    String detail = "The request body is not valid JSON";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(
                  reference ->
                      reference.getFieldName() != null
                          ? reference.getFieldName()
                          : "[" + reference.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      detail = "The request body has an unexpected or invalid value at " + field;
    }
    return Problem.of(Response.Status.BAD_REQUEST, detail).withType("unreadable-body");
  }
}
