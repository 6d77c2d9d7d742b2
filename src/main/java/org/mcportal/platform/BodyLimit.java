package org.mcportal.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body that announces more than {@code quarkus.http.limits.max-body-size} with a problem,
 * before Quarkus's own check (which answers the same 413 with an empty body) and before any of it
 * is read. A body sent without a length is still cut off by Quarkus as it arrives.
 */
@ApplicationScoped
public class BodyLimit {

  // After the security headers, which must be on this answer too, and before Quarkus's check.
  private static final int ORDER = Integer.MIN_VALUE + 1;
  private static final long MEGABYTE = 1024 * 1024;

  private final Optional<MemorySize> limit;
  private final PageErrors pages;
  private final ObjectMapper json;

  BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
      PageErrors pages,
      ObjectMapper json) {
    this.limit = limit;
    this.pages = pages;
    this.json = json;
  }

  void install(@Observes Router router) {
    if (limit.isEmpty()) {
      return;
    }
    long max = limit.get().asLongValue();
    router.route().order(ORDER).handler(routing -> check(routing, max));
  }

  private void check(RoutingContext routing, long max) {
    String length = routing.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    // A client that asked before sending (Expect: 100-continue) gets Quarkus's bare 413: Java's
    // HttpClient (17) was seen to wait forever for a refusal with a body to such a request.
    if (length == null
        || !tooLong(length, max)
        || routing.request().headers().contains(HttpHeaders.EXPECT)) {
      routing.next();
      return;
    }
    // The rest of the body is never read, so the connection cannot carry another request: it is
    // closed once the answer is out, which is also what tells the client the answer is complete.
    routing
        .response()
        .putHeader(HttpHeaders.CONNECTION, "close")
        .setStatusCode(413)
        .endHandler(done -> routing.request().connection().close());
    if (pages.wantsPage(routing.request())) {
      routing.response().end();
      return;
    }
    Problem problem =
        new Problem(
                null,
                "Content Too Large",
                413,
                "The request body is larger than the " + readable(max) + " this server accepts",
                routing.request().path(),
                null)
            .withType("body-too-large");
    try {
      routing
          .response()
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (JsonProcessingException e) {
      routing.fail(e);
    }
  }

  private static boolean tooLong(String length, long max) {
    try {
      return Long.parseLong(length.strip()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static String readable(long bytes) {
    if (bytes % MEGABYTE == 0) {
      return bytes / MEGABYTE + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }
}
