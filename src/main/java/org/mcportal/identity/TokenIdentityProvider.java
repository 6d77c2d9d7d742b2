package org.mcportal.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mcportal.identity.RevocationCheck.AccountState;

/**
 * Turns a bearer token or session cookie into the caller's identity. SmallRye JWT's own mechanism
 * still extracts the token (from the Authorization header or the {@code mcp_session} cookie); this
 * provider, ranked above SmallRye's validator, decides which key set verifies it: the portal's own
 * key for the portal's issuer, the institution's JWKS for the configured external issuer. Portal
 * tokens then pass the revocation check; external ones the account's active flag.
 */
// Found by Quarkus Security through a lookup by type, which bean removal cannot see.
@Unremovable
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  private static final Logger LOG = Logger.getLogger(TokenIdentityProvider.class);
  // Above SmallRye's MpJwtValidator, which has the default 1001 and therefore never sees a token.
  static final int PRIORITY = 2000;
  static final int CLOCK_SKEW_SECONDS = 30;
  // Enough for every session a busy node sees within a token's life; beyond it, the least used
  // tokens are verified again, which only costs time.
  static final long VERIFIED_TOKENS = 20_000;

  private final JWTParser parser;
  private final JWTAuthContextInfo portal;
  private final ExternalIssuer external;
  private final RevocationCheck revocation;
  private final IdentityConfig.Jwt config;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private final VerifiedTokens verified;

  TokenIdentityProvider(
      JWTParser parser,
      SigningKeys keys,
      ExternalIssuer external,
      RevocationCheck revocation,
      IdentityConfig config,
      Clock clock) {
    this.parser = parser;
    this.external = external;
    this.revocation = revocation;
    this.config = config.jwt();
    this.clock = clock;
    this.portal = portalContext(keys, config.jwt());
    this.verified =
        new VerifiedTokens(
            clock, Duration.ofSeconds(CLOCK_SKEW_SECONDS), VERIFIED_TOKENS, Ticker.systemTicker());
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String token = request.getToken().getToken();
    return context.runBlocking(() -> identify(token));
  }

  private SecurityIdentity identify(String token) {
    Optional<String> issuer = unverifiedIssuer(token);
    if (issuer.isPresent() && external.handles(issuer.get())) {
      return external.identify(token, parser);
    }
    return checkPortalToken(verify(token), token);
  }

  /** The signature and claims, checked once per token text (see {@link VerifiedTokens}). */
  private JsonWebToken verify(String token) {
    Optional<JsonWebToken> known = verified.get(token);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      JsonWebToken jwt = parser.parse(token, portal);
      verified.put(token, jwt);
      return jwt;
    } catch (ParseException e) {
      LOG.debugf("Refused a token: %s", e.getMessage());
      throw new AuthenticationFailedException("The token is not valid");
    }
  }

  private SecurityIdentity checkPortalToken(JsonWebToken jwt, String raw) {
    long accountId;
    long version;
    long sessionStart;
    try {
      accountId = Long.parseLong(jwt.getSubject());
      version = TokenService.number(jwt, TokenService.VERSION_CLAIM);
      sessionStart = TokenService.number(jwt, TokenService.SESSION_START_CLAIM);
    } catch (RuntimeException e) {
      throw new AuthenticationFailedException("The token lacks the portal's claims");
    }
    Instant sessionEnd = Instant.ofEpochSecond(sessionStart).plus(config.sessionLifetime());
    if (!clock.instant().isBefore(sessionEnd)) {
      throw new AuthenticationFailedException("The session is over; sign in again");
    }
    AccountState state =
        revocation
            .state(accountId)
            .orElseThrow(() -> new AuthenticationFailedException("No such account"));
    if (!state.active() || state.tokenVersion() != version) {
      throw new AuthenticationFailedException("The token has been revoked");
    }
    List<Role> roles = portalRoles(jwt.getGroups());
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(jwt)
        .addRoles(roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()))
        .addCredential(new TokenCredential(raw, "bearer"))
        .addAttribute(Caller.ACCOUNT, state.view(roles))
        .addAttribute(Caller.MUST_CHANGE_PASSWORD, state.mustChangePassword())
        .addAttribute(Caller.SOURCE, Account.Source.LOCAL)
        .build();
  }

  static List<Role> portalRoles(Set<String> groups) {
    return groups.stream().map(Role::parse).flatMap(Optional::stream).distinct().toList();
  }

  /** Only to choose a key set; the issuer is verified again with the signature. */
  private Optional<String> unverifiedIssuer(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonNode payload = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
      JsonNode iss = payload == null ? null : payload.get("iss");
      return iss != null && iss.isTextual() ? Optional.of(iss.asText()) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static JWTAuthContextInfo portalContext(SigningKeys keys, IdentityConfig.Jwt jwt) {
    JWTAuthContextInfo context = new JWTAuthContextInfo(keys.publicKey(), jwt.issuer());
    context.setExpectedAudience(Set.of(jwt.audience()));
    context.setSignatureAlgorithm(Set.of(keys.algorithm()));
    context.setRequiredClaims(
        Set.of("sub", "exp", "iat", TokenService.VERSION_CLAIM, TokenService.SESSION_START_CLAIM));
    // A token that claims a longer life than the portal ever issues was not issued by it.
    context.setMaxTimeToLiveSecs(jwt.tokenLifetime().toSeconds() + 5);
    context.setClockSkew(CLOCK_SKEW_SECONDS);
    return context;
  }
}
