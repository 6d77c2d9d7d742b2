package org.mcportal.identity.pages;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mcportal.identity.AllowedBeforePasswordChange;
import org.mcportal.identity.Caller;
import org.mcportal.identity.LoginService;
import org.mcportal.identity.SessionCookies;
import org.mcportal.web.PageResponses;

/**
 * The header's sign-out button. Open to everyone, so that a person whose session has already ended
 * elsewhere still gets the cookie cleared and the confirmation, rather than a request to sign in so
 * as to sign out.
 */
@Path("/signout")
class SignOutPage {

  private final LoginService logins;
  private final SessionCookies cookies;
  private final Caller caller;

  SignOutPage(LoginService logins, SessionCookies cookies, Caller caller) {
    this.logins = logins;
    this.cookies = cookies;
    this.caller = caller;
  }

  /** Ends every session of the account, not only this browser's: see docs/security.md, 3.3.4. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @PermitAll
  @AllowedBeforePasswordChange
  public Response signOut(@Context UriInfo uri) {
    try {
      caller.accountId().ifPresent(logins::logout);
    } catch (AuthenticationFailedException | AuthenticationCompletionException e) {
      // The session had already ended; clearing the cookie is all there is left to do.
    }
    return PageResponses.seeOther("/signin?signedout=true")
        .cookie(cookies.cleared(uri.getRequestUri().getHost()))
        .build();
  }
}
