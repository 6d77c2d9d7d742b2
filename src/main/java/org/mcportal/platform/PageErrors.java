package org.mcportal.platform;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * How an error is shown to a person reading pages rather than to a program calling the API. The web
 * layer implements it; {@link ProblemMappers} asks it first and answers with a problem body when it
 * declines, so one mapper per exception type serves both audiences.
 */
public interface PageErrors {

  /**
   * The page for a failure, or empty when the request is not for a page.
   *
   * @param status the HTTP status; 401 means "sign in first"
   * @param reference the id under which an unexpected failure was logged, or null
   */
  Optional<Response> respond(HttpServerRequest request, int status, String reference);

  /**
   * As {@link #respond}, for a failure raised before any resource ran (no such address), where the
   * sign-in has not been read yet: the page waits for it, so a signed-in person sees their own
   * header, and a sign-in that no longer holds shows the page signed out, never a refusal.
   */
  default Optional<Uni<Response>> respondReadingSignIn(HttpServerRequest request, int status) {
    return respond(request, status, null).map(response -> Uni.createFrom().item(response));
  }

  /** Whether the request is for a page, so that its errors are pages, not problem bodies. */
  boolean wantsPage(HttpServerRequest request);

  /**
   * Where a page request goes when the person must change their password before anything else;
   * empty when the request is not for a page, which then gets the API's problem.
   */
  Optional<Response> passwordChangeRequired(HttpServerRequest request);
}
