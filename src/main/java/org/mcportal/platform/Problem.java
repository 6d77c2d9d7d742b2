package org.mcportal.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem body. Every error the API returns has this shape, so a client handles one
 * format; {@code errors} lists field-level problems when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    URI type, String title, int status, String detail, String instance, List<String> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
  private static final String TYPE_PREFIX = "urn:mcportal:problem:";

  public static Problem of(Response.Status status, String detail) {
    return new Problem(null, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  /**
   * 422: the request is well formed but a rule refuses it. {@link Response.Status} has no constant
   * for it (nor for 428), hence these two factories.
   */
  public static Problem unprocessable(String detail, List<String> errors) {
    return new Problem(null, "Unprocessable Content", 422, detail, null, List.copyOf(errors));
  }

  /** 428: a write must name the version it read (If-Match). */
  public static Problem preconditionRequired(String detail) {
    return new Problem(null, "Precondition Required", 428, detail, null, null);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Problem withType(String slug) {
    return new Problem(type(slug), title, status, detail, instance, errors);
  }

  /** The type URI for a slug, as {@link #withType} sets it. */
  public static URI type(String slug) {
    return URI.create(TYPE_PREFIX + slug);
  }

  /** Whether this problem has the type of the slug: what pages and clients branch on. */
  public boolean hasType(String slug) {
    return type != null && type.equals(type(slug));
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
