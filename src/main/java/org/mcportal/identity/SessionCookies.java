package org.mcportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The cookie that carries the same JWT for pages. HttpOnly keeps it away from scripts and
 * SameSite=Strict keeps other sites from riding on it; it is Secure everywhere but on localhost,
 * where developers run plain HTTP.
 */
@ApplicationScoped
public class SessionCookies {

  public static final String NAME = "mcp_session";
  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final IdentityConfig.Cookie config;
  private final Clock clock;

  SessionCookies(IdentityConfig config, Clock clock) {
    this.config = config.cookie();
    this.clock = clock;
  }

  /** A cookie holding the token, living exactly as long as the token does. */
  public NewCookie session(TokenService.IssuedToken token, String requestHost) {
    long maxAge = Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
    return base(token.token(), requestHost).maxAge((int) maxAge).build();
  }

  /** A cookie that removes the session cookie from the browser. */
  public NewCookie cleared(String requestHost) {
    return base("", requestHost).maxAge(0).build();
  }

  /** Whether cookies for a request to this host get the Secure attribute. */
  public boolean secureFor(String requestHost) {
    return switch (config.secure()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> !isLoopback(requestHost);
    };
  }

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String lowered = host.toLowerCase(Locale.ROOT);
    return LOOPBACK_NAMES.contains(lowered)
        || lowered.endsWith(".localhost")
        || lowered.startsWith("127.");
  }

  private NewCookie.Builder base(String value, String requestHost) {
    return new NewCookie.Builder(NAME)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secureFor(requestHost))
        .sameSite(NewCookie.SameSite.STRICT);
  }
}
