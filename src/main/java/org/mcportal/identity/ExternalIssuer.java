package org.mcportal.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * An institution's OpenID Connect provider, trusted by configuration alone. Its tokens are verified
 * against its own JWKS (fetched and cached by SmallRye JWT) with a second, separate {@link
 * JWTAuthContextInfo}; the portal's own key never verifies them and theirs never verifies the
 * portal's. A person signing in this way gets an account on first sight, linked by email, so that
 * the rest of the portal has an account id and an admin can still deactivate them.
 */
@ApplicationScoped
class ExternalIssuer {

  private static final Logger LOG = Logger.getLogger(ExternalIssuer.class);

  private final Optional<JWTAuthContextInfo> context;
  private final Optional<String> issuer;
  private final IdentityConfig.Oidc config;
  private final Map<String, Role> mapping;
  private final ExternalAccounts accounts;

  ExternalIssuer(IdentityConfig config, ExternalAccounts accounts) {
    this.config = config.oidc();
    this.accounts = accounts;
    this.mapping = mapping(this.config.roleMapping().orElse(List.of()));
    if (this.config.issuer().isPresent() != this.config.jwksUrl().isPresent()) {
      throw new IllegalStateException(
          "Set both portal.identity.oidc.issuer and portal.identity.oidc.jwks-url, or neither");
    }
    if (this.config.issuer().isPresent()
        && this.config.issuer().get().equals(config.jwt().issuer())) {
      throw new IllegalStateException(
          "portal.identity.oidc.issuer must differ from the portal's own issuer "
              + config.jwt().issuer());
    }
    this.issuer = this.config.issuer();
    this.context = issuer.map(iss -> context(iss, this.config));
  }

  boolean handles(String tokenIssuer) {
    return issuer.isPresent() && issuer.get().equals(tokenIssuer);
  }

  SecurityIdentity identify(String token, JWTParser parser) {
    var jwt = parse(token, parser);
    String email = claimText(jwt.getClaim(config.emailClaim()));
    if (email == null || !email.contains("@")) {
      throw new AuthenticationFailedException(
          "The institution's token has no email in claim " + config.emailClaim());
    }
    Set<Role> roles = roles(jwt.getGroups());
    String name = Optional.ofNullable(claimText(jwt.getClaim(config.nameClaim()))).orElse(email);
    AccountView account = accounts.signIn(email, name, roles);
    if (!account.active()) {
      throw new AuthenticationFailedException("The account is deactivated");
    }
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(jwt)
        .addRoles(roles.stream().map(Role::name).collect(Collectors.toSet()))
        .addCredential(new TokenCredential(token, "bearer"))
        .addAttribute(Caller.ACCOUNT, account)
        .addAttribute(Caller.MUST_CHANGE_PASSWORD, false)
        .addAttribute(Caller.SOURCE, Account.Source.OIDC)
        .build();
  }

  private org.eclipse.microprofile.jwt.JsonWebToken parse(String token, JWTParser parser) {
    try {
      return parser.parse(token, context.orElseThrow());
    } catch (ParseException e) {
      LOG.debugf("Refused an institution token: %s", e.getMessage());
      throw new AuthenticationFailedException("The institution's token is not valid");
    }
  }

  Set<Role> roles(Set<String> values) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String value : values) {
      Role mapped = mapping.get(value.toLowerCase(Locale.ROOT));
      if (mapped != null) {
        roles.add(mapped);
      } else {
        Role.parse(value).ifPresent(roles::add);
      }
    }
    return roles;
  }

  private static String claimText(Object claim) {
    if (claim == null) {
      return null;
    }
    if (claim instanceof jakarta.json.JsonString text) {
      return text.getString();
    }
    return claim.toString();
  }

  private static Map<String, Role> mapping(List<String> pairs) {
    Map<String, Role> mapping = new HashMap<>();
    for (String pair : pairs) {
      int eq = pair.lastIndexOf('=');
      Optional<Role> role = eq < 0 ? Optional.empty() : Role.parse(pair.substring(eq + 1));
      if (role.isEmpty()) {
        throw new IllegalStateException(
            "portal.identity.oidc.role-mapping entry '"
                + pair
                + "' must look like external-value=EDUCATOR|ASSESSOR|ADMIN");
      }
      mapping.put(pair.substring(0, eq).trim().toLowerCase(Locale.ROOT), role.get());
    }
    return Map.copyOf(mapping);
  }

  private static JWTAuthContextInfo context(String issuer, IdentityConfig.Oidc config) {
    JWTAuthContextInfo context = new JWTAuthContextInfo(config.jwksUrl().orElseThrow(), issuer);
    config.audience().ifPresent(audience -> context.setExpectedAudience(Set.of(audience)));
    context.setSignatureAlgorithm(
        Set.of(
            SignatureAlgorithm.RS256,
            SignatureAlgorithm.RS384,
            SignatureAlgorithm.RS512,
            SignatureAlgorithm.ES256,
            SignatureAlgorithm.ES384,
            SignatureAlgorithm.PS256));
    context.setGroupsPath(config.rolesClaim());
    context.setRequireNamedPrincipal(false);
    context.setClockSkew(30);
    // Keys are fetched on first use and refreshed hourly; an unknown kid forces a refresh, at
    // most every ten minutes, so a rotation at the institution is picked up.
    context.setJwksRefreshInterval(60);
    context.setForcedJwksRefreshInterval(10);
    return context;
  }
}
