package org.mcportal.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.mcportal.identity.CsrfToken;
import org.mcportal.identity.SessionCookies;
import org.mcportal.testing.ClientAddresses;

/** Posting the portal's forms from REST Assured as a browser would: with the CSRF pair. */
final class Forms {

  private Forms() {}

  static String csrf() {
    return given().get("/api/auth/csrf").path("token");
  }

  /** A form post with a valid CSRF token, from an address of its own, not following redirects. */
  static RequestSpecification post() {
    String csrf = csrf();
    return withoutCsrf().cookie(CsrfToken.COOKIE, csrf).formParam(CsrfToken.PARAMETER, csrf);
  }

  /** The same, signed in with the session cookie. */
  static RequestSpecification post(String session) {
    return post().cookie(SessionCookies.NAME, session);
  }

  static RequestSpecification withoutCsrf() {
    return given()
        .redirects()
        .follow(false)
        .header("X-Forwarded-For", ClientAddresses.someAddress())
        .contentType(ContentType.URLENC);
  }

  /** A page as the browser asks for it, signed in with the session cookie. */
  static Response page(String session, String path) {
    return given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie(SessionCookies.NAME, session)
        .get(path);
  }
}
