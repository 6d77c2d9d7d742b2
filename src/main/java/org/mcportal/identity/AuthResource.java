package org.mcportal.identity;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mcportal.identity.LoginService.LoginResult;

/** Sign-in, sign-out, one's own password and tokens. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
class AuthResource {

  private final LoginService logins;
  private final AccountService accounts;
  private final SessionCookies cookies;
  private final Signer signer;
  private final Caller caller;
  private final JsonWebToken jwt;
  private final CsrfToken csrf;

  AuthResource(
      LoginService logins,
      AccountService accounts,
      SessionCookies cookies,
      Signer signer,
      Caller caller,
      JsonWebToken jwt,
      CsrfToken csrf) {
    this.logins = logins;
    this.accounts = accounts;
    this.cookies = cookies;
    this.signer = signer;
    this.caller = caller;
    this.jwt = jwt;
    this.csrf = csrf;
  }

  @POST
  @Path("/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      operationId = "login",
      summary = "Sign in with email and password; answers a bearer token and sets a cookie")
  @APIResponse(
      responseCode = "200",
      description = "Signed in; the token also comes as the session cookie",
      headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LoginResponse.class)))
  @APIResponse(
      responseCode = "401",
      ref = "Unauthorized",
      description = "The email or password is not right, or the account is deactivated")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response login(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = Credentials.class),
                      examples =
                          @ExampleObject(
                              name = "educator",
                              value =
                                  "{\"email\": \"educator@demo.mcportal.test\","
                                      + " \"password\": \"Demo-Educator-Pass-1\"}")))
          Credentials credentials,
      @Context UriInfo uri,
      @Context HttpServerRequest http) {
    List<String> errors = new ArrayList<>();
    if (credentials == null || credentials.email() == null || credentials.email().isBlank()) {
      errors.add("email: is required");
    }
    if (credentials == null || credentials.password() == null || credentials.password().isEmpty()) {
      errors.add("password: is required");
    }
    if (!errors.isEmpty()) {
      throw IdentityProblems.invalid(errors);
    }
    LoginResult result = logins.login(credentials.email(), credentials.password(), clientIp(http));
    if (result instanceof LoginResult.Refused refused) {
      if (refused.reason() == LoginResult.Reason.TOO_MANY_ATTEMPTS) {
        return IdentityProblems.tooManyAttempts(refused.retryAfter(), uri.getPath());
      }
      throw IdentityProblems.unauthorized(refused.message());
    }
    LoginResult.Success success = (LoginResult.Success) result;
    return signedIn(success.token(), success.account(), uri);
  }

  @POST
  @Path("/logout")
  @Authenticated
  @AllowedBeforePasswordChange
  @Operation(operationId = "logout", summary = "End every session of the caller's account at once")
  @APIResponse(
      responseCode = "204",
      description = "Signed out everywhere; the session cookie is cleared",
      headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "303",
      description =
          "The same, for a page's sign-out form (a form body with the CSRF token): goes home",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING))
      })
  @RequestBody(
      required = false,
      description =
          "None is needed, and a JSON body is ignored; a page's form sends its CSRF token as"
              + " `csrf-token`",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(
            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = "csrf-token", type = SchemaType.STRING)))
      })
  public Response logout(@Context UriInfo uri) {
    logins.logout(caller.requireAccountId());
    return Response.noContent().cookie(cookies.cleared(uri.getRequestUri().getHost())).build();
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Authenticated
  @AllowedBeforePasswordChange
  // The pages' form variant: it answers with a redirect for a browser, not for a client.
  @Operation(
      hidden = true,
      summary = "Sign out from a page's form (needs the CSRF token); goes to the home page")
  public Response logoutForm(@Context UriInfo uri) {
    logins.logout(caller.requireAccountId());
    return Response.seeOther(URI.create("/"))
        .cookie(cookies.cleared(uri.getRequestUri().getHost()))
        .build();
  }

  @POST
  @Path("/refresh")
  @Authenticated
  @AllowedBeforePasswordChange
  @Operation(
      operationId = "refreshToken",
      summary = "A fresh token for the same session, never beyond 12 hours from sign-in")
  @APIResponse(
      responseCode = "200",
      description = "The renewed token; a cookie session also gets the renewed cookie",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The token is the institution's (`conflict`); renew it there")
  public Response refresh(@Context UriInfo uri, @Context HttpHeaders headers) {
    if (caller.external()) {
      throw IdentityProblems.conflict("Only the portal's own tokens can be renewed here");
    }
    TokenService.IssuedToken renewed =
        logins
            .renew(jwt)
            .orElseThrow(() -> IdentityProblems.unauthorized("The session is over; sign in again"));
    Response.ResponseBuilder response = Response.ok(TokenResponse.of(renewed));
    if (headers.getCookies().containsKey(SessionCookies.NAME)) {
      response.cookie(cookies.session(renewed, uri.getRequestUri().getHost()));
    }
    return response.build();
  }

  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @AllowedBeforePasswordChange
  @Operation(
      operationId = "changePassword",
      summary = "Change one's own password; every other session ends")
  @APIResponse(
      responseCode = "200",
      description = "Changed; a new token and cookie for this session",
      headers = @Header(name = "Set-Cookie", schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LoginResponse.class)))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response changePassword(
      PasswordChange change, @Context UriInfo uri, @Context HttpServerRequest http) {
    if (change == null || change.currentPassword() == null || change.newPassword() == null) {
      throw IdentityProblems.invalid(List.of("currentPassword and newPassword: both are required"));
    }
    TokenService.IssuedToken token =
        logins.changePassword(
            caller.requireAccountId(),
            change.currentPassword(),
            change.newPassword(),
            clientIp(http));
    return signedIn(token, accounts.get(caller.requireAccountId()), uri);
  }

  @GET
  @Path("/me")
  @Authenticated
  @AllowedBeforePasswordChange
  @Operation(operationId = "getMyAccount", summary = "The caller's own account")
  // Answered from the account row the revocation check has just read for this request, so it
  // needs no worker thread, no transaction and no second query.
  @NonBlocking
  public AccountView me() {
    return caller.requireAccount();
  }

  @GET
  @Path("/jwks")
  @PermitAll
  @Operation(
      operationId = "getJwks",
      summary = "The public key that verifies the portal's tokens, as a JWK Set")
  public Map<String, Object> jwks() {
    return signer.publicKeys();
  }

  @GET
  @Path("/csrf")
  @PermitAll
  @Operation(
      operationId = "getCsrfToken",
      summary = "The CSRF token for form posts and cookie-authenticated requests")
  public CsrfView csrf() {
    return new CsrfView(csrf.token(), csrf.parameterName(), csrf.headerName());
  }

  private Response signedIn(TokenService.IssuedToken token, AccountView account, UriInfo uri) {
    return Response.ok(LoginResponse.of(token, account))
        .cookie(cookies.session(token, uri.getRequestUri().getHost()))
        .build();
  }

  static String clientIp(HttpServerRequest http) {
    return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
  }

  public record Credentials(String email, String password) {}

  public record PasswordChange(String currentPassword, String newPassword) {}

  public record CsrfView(String token, String parameterName, String headerName) {}

  public record TokenResponse(
      String tokenType, String token, Instant expiresAt, Instant sessionExpiresAt) {
    static TokenResponse of(TokenService.IssuedToken token) {
      return new TokenResponse(
          "Bearer", token.token(), token.expiresAt(), token.sessionExpiresAt());
    }
  }

  public record LoginResponse(
      String tokenType,
      String token,
      Instant expiresAt,
      Instant sessionExpiresAt,
      boolean mustChangePassword,
      AccountView account) {
    static LoginResponse of(TokenService.IssuedToken token, AccountView account) {
      return new LoginResponse(
          "Bearer",
          token.token(),
          token.expiresAt(),
          token.sessionExpiresAt(),
          account.mustChangePassword(),
          account);
    }
  }
}
