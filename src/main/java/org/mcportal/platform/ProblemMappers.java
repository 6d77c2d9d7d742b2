package org.mcportal.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps exceptions to problem bodies on API paths and to error pages on page paths (see {@link
 * PageErrors}). Unexpected failures are logged with an id and answered without internals, so no
 * stack trace reaches a client.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String BEARER_CHALLENGE = "Bearer realm=\"mcportal\"";
  // RFC 6750's code for a token that was sent but no longer holds, so that a client can tell an
  // ended session (sign in again, keep the unsaved work) from a request that carried none.
  private static final String ENDED_CHALLENGE = BEARER_CHALLENGE + ", error=\"invalid_token\"";

  private final PageErrors pages;

  ProblemMappers(PageErrors pages) {
    this.pages = pages;
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri, HttpServerRequest request) {
    return pages
        .respond(request, e.problem().status(), null)
        .orElseGet(() -> e.response(uri.getPath()));
  }

  @ServerExceptionMapper
  public Uni<Response> webApplication(
      WebApplicationException e, UriInfo uri, HttpServerRequest request) {
    Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
    if (status == null) {
      return Uni.createFrom().item(e.getResponse());
    }
    return pages
        .respondReadingSignIn(request, status.getStatusCode())
        .orElseGet(
            () ->
                Uni.createFrom()
                    .item(routingProblem(e, status, request).at(uri.getPath()).toResponse()));
  }

  /**
   * The problems Quarkus REST raises itself before a resource runs: no such address, a method or
   * media type the address does not offer, a body it could not read. Each gets a type and a detail
   * that tells the client what to change.
   */
  private static Problem routingProblem(
      WebApplicationException e, Response.Status status, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return JsonProblemMappers.problem(unreadable);
    }
    return switch (status) {
      case NOT_FOUND -> Problem.of(status, "Nothing exists at this address").withType("not-found");
      case METHOD_NOT_ALLOWED ->
          Problem.of(
                  status, "This address does not accept " + request.method().name() + " requests")
              .withType("method-not-allowed");
      case NOT_ACCEPTABLE ->
          Problem.of(
                  status,
                  "This endpoint cannot answer in any media type the Accept header allows ("
                      + request.getHeader(HttpHeaders.ACCEPT)
                      + "); its documentation lists the ones it produces")
              .withType("not-acceptable");
      case UNSUPPORTED_MEDIA_TYPE ->
          Problem.of(
                  status,
                  "This endpoint does not read request bodies of type "
                      + request.getHeader(HttpHeaders.CONTENT_TYPE)
                      + "; its documentation lists the ones it reads")
              .withType("unsupported-media-type");
      default ->
          Problem.of(status, status.getReasonPhrase())
              .withType(status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'));
    };
  }

  /**
   * Nobody is signed in, or the sign-in did not hold: pages send the visitor to sign in, the API
   * answers 401 with a bearer challenge. Authentication is lazy (proactive authentication is off),
   * so a bad token surfaces here as an exception rather than as a bare 401 from the HTTP layer.
   */
  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(RuntimeException e, UriInfo uri, HttpServerRequest request) {
    // The per-request revocation lookup reads the database; when that fails the token was never
    // judged, and telling the client its session ended would send it to sign in for nothing.
    Optional<StorageFailure> storage = StorageFailure.of(e);
    if (storage.isPresent()) {
      return storageFailure(storage.get(), e, uri.getPath(), request, pages);
    }
    boolean noCredentials = e instanceof UnauthorizedException;
    String detail =
        noCredentials
            ? "Sign in to do this: send a bearer token or the session cookie"
            : "The token is not valid, has expired or has been revoked; sign in again";
    return pages
        .respond(request, 401, null)
        .orElseGet(
            () ->
                Response.fromResponse(
                        Problem.of(Response.Status.UNAUTHORIZED, detail)
                            .withType(noCredentials ? "unauthorized" : "session-ended")
                            .at(uri.getPath())
                            .toResponse())
                    .header(
                        HttpHeaders.WWW_AUTHENTICATE,
                        noCredentials ? BEARER_CHALLENGE : ENDED_CHALLENGE)
                    .build());
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri, HttpServerRequest request) {
    return pages
        .respond(request, 403, null)
        .orElseGet(
            () ->
                Problem.of(Response.Status.FORBIDDEN, "Your roles do not allow this")
                    .withType("forbidden")
                    .at(uri.getPath())
                    .toResponse());
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
    return unexpected(e, uri.getPath(), request, pages);
  }

  /**
   * Logs the failure under a new reference and answers with that reference only. A client that hung
   * up while its body was being read is not a failure of ours: it is noted without a stack and
   * answered as an incomplete request, so it neither raises an alarm nor counts as a 500.
   */
  static Response unexpected(
      Throwable e, String path, HttpServerRequest request, PageErrors pages) {
    if (closedByClient(e, request)) {
      LOG.infof(
          "The client closed the connection before its request to %s was read",
          LogText.escape(path));
      return Problem.of(
              Response.Status.BAD_REQUEST, "The request ended before its body was complete")
          .withType("incomplete-request")
          .at(path)
          .toResponse();
    }
    Optional<StorageFailure> storage = StorageFailure.of(e);
    if (storage.isPresent()) {
      return storageFailure(storage.get(), e, path, request, pages);
    }
    String reference = java.util.UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure on %s, reference %s", LogText.escape(path), reference);
    return pages
        .respond(request, 500, reference)
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; quote reference "
                            + reference
                            + " when reporting it")
                    .withType("internal-error")
                    .at(path)
                    .toResponse());
  }

  /**
   * Whether the failure is the body's stream ending because the client's connection closed. Both
   * the exception and the connection must say so, so that a fault of our own that happens to meet a
   * departing client is still reported.
   */
  private static boolean closedByClient(Throwable e, HttpServerRequest request) {
    if (request == null || !request.response().closed()) {
      return false;
    }
    return chain(e).stream()
        .anyMatch(c -> c instanceof HttpClosedException || c instanceof ClosedChannelException);
  }

  /**
   * A database that cannot be reached or a full disk: logged once as a warning with its cause (no
   * stack trace, since the cause is outside the portal and the same for every request while it
   * lasts) and answered with a retryable problem.
   */
  static Response storageFailure(
      StorageFailure failure,
      Throwable e,
      String path,
      HttpServerRequest request,
      PageErrors pages) {
    LOG.warnf(
        "Storage failure on %s (%s): %s",
        LogText.escape(path), failure, LogText.escape(String.valueOf(rootCause(e).getMessage())));
    return pages
        .respond(request, failure.status(), null)
        .map(
            page ->
                Response.fromResponse(page)
                    .header(HttpHeaders.RETRY_AFTER, StorageFailure.RETRY_AFTER_SECONDS)
                    .build())
        .orElseGet(() -> failure.response(path));
  }

  private static Throwable rootCause(Throwable e) {
    List<Throwable> chain = chain(e);
    return chain.get(chain.size() - 1);
  }

  /** The failure and its causes, outermost first, each once even if the chain loops. */
  private static List<Throwable> chain(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }
}
