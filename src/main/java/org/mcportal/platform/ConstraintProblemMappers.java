package org.mcportal.platform;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that breaks a Bean Validation constraint on a resource's parameters is the client's
 * mistake: 400 with one "field: problem" line per broken constraint, named as the client spells the
 * field (the body's own members, or the query or path parameter), never the Java method.
 */
public class ConstraintProblemMappers {

  private final PageErrors pages;

  ConstraintProblemMappers(PageErrors pages) {
    this.pages = pages;
  }

  @ServerExceptionMapper
  public Response violated(
      ResteasyReactiveViolationException e,
      UriInfo uri,
      HttpServerRequest request,
      ResourceInfo resource) {
    if (e.getConstraintViolations().stream().anyMatch(ConstraintProblemMappers::aboutResult)) {
      // A resource that answers with a value breaking its own constraints is our fault, not the
      // client's.
      return ProblemMappers.unexpected(e, uri.getPath(), request, pages);
    }
    Optional<Response> page = pages.respond(request, 400, null);
    if (page.isPresent()) {
      return page.get();
    }
    List<String> errors =
        e.getConstraintViolations().stream()
            .map(
                violation ->
                    name(violation, resource.getResourceMethod()) + ": " + violation.getMessage())
            .sorted(Comparator.naturalOrder())
            .toList();
    String detail =
        errors.size() == 1 ? errors.get(0) : "The request has " + errors.size() + " problems";
    return new Problem(null, "Bad Request", 400, detail, uri.getPath(), errors)
        .withType("invalid-request")
        .toResponse();
  }

  private static boolean aboutResult(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * "name", "tags[1]", "size": the path below the method, without the parameter's Java name when
   * the parameter is the body, whose members the client names itself.
   */
  static String name(ConstraintViolation<?> violation, Method method) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, BEAN -> {}
        case PARAMETER -> {
          int index = node.as(Path.ParameterNode.class).getParameterIndex();
          name.append(isBody(method, index) ? "" : node.getName());
        }
        case CONTAINER_ELEMENT -> name.append(position(node));
        default -> {
          name.append(position(node));
          if (node.getName() != null) {
            name.append(name.isEmpty() ? "" : ".").append(node.getName());
          }
        }
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }

  private static String position(Path.Node node) {
    if (node.getIndex() != null) {
      return "[" + node.getIndex() + "]";
    }
    return node.getKey() != null ? "[" + node.getKey() + "]" : "";
  }

  /** A parameter without a JAX-RS source annotation (query, path, header, form...) is the body. */
  private static boolean isBody(Method method, int index) {
    if (method == null || index >= method.getParameterCount()) {
      return false;
    }
    for (Annotation annotation : method.getParameterAnnotations()[index]) {
      String type = annotation.annotationType().getName();
      if (type.startsWith("jakarta.ws.rs.") && type.endsWith("Param")
          || type.startsWith("org.jboss.resteasy.reactive.Rest")) {
        return false;
      }
    }
    return true;
  }
}
