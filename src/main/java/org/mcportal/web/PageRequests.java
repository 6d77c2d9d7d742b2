package org.mcportal.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells page requests from API calls. Paths decide first, so an API client never receives HTML:
 * {@code /api} and Quarkus's own {@code /q} endpoints are never pages. Elsewhere a client that asks
 * for JSON and not HTML gets JSON.
 */
public final class PageRequests {

  private PageRequests() {}

  public static boolean isPage(HttpServerRequest request) {
    String path = request.path();
    if (path == null || under(path, "/api") || under(path, "/q")) {
      return false;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept == null || accept.contains("html") || !accept.contains("json");
  }

  /**
   * The client's address for the sign-in ceiling: the connection's, or the forwarded one where the
   * configuration trusts a proxy to tell it.
   */
  public static String clientIp(HttpServerRequest request) {
    return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
  }

  private static boolean under(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}
