package org.mcportal.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Caller;
import org.mcportal.rules.CredentialDefinition;

/**
 * Builds the {@link PageContext} of the current request. Every page resource, and the error pages,
 * go through here, so the header, the navigation and the footer cannot differ between pages.
 */
@ApplicationScoped
public class Pages {

  /**
   * Where a person changes their own password. The kit names it because the error pages send anyone
   * who must change their password there before anything else.
   */
  public static final String PASSWORD_CHANGE = "/account/password";

  private final SecurityIdentity identity;
  private final CurrentVertxRequest request;
  private final CredentialCatalog catalog;

  Pages(SecurityIdentity identity, CurrentVertxRequest request, CredentialCatalog catalog) {
    this.identity = identity;
    this.request = request;
    this.catalog = catalog;
  }

  /** The context of a page that reproduces no one credential: the footer credits all of them. */
  public PageContext context() {
    return context(catalog.currentVersions());
  }

  /** The context of a page that shows the text of the given credentials. */
  public PageContext context(List<CredentialDefinition> shown) {
    String path = currentPath();
    Optional<SecurityIdentity> signedIn = signedIn();
    Set<String> roles = signedIn.map(SecurityIdentity::getRoles).orElse(Set.of());
    List<String> ordered = Navigation.ROLE_ORDER.stream().filter(roles::contains).toList();
    return new PageContext(
        signedIn.map(Pages::displayName).orElse(""),
        ordered,
        Navigation.forRoles(roles, path),
        shown.stream().map(Pages::attribution).collect(Collectors.toList()),
        path);
  }

  /**
   * The signed-in identity, if any. An error page for a path no resource matched renders on the
   * event loop, where resolving a lazy identity would block; there only an identity that is already
   * resolved can be read, and the page shows as signed out otherwise. A page shows as signed out,
   * too, when the cookie's session is over.
   */
  private Optional<SecurityIdentity> signedIn() {
    SecurityIdentity current = identity;
    var routing = request.getCurrent();
    if (routing != null && routing.user() instanceof QuarkusHttpUser user) {
      // Already read for this request (or by the not-found page, which waits for it).
      current = user.getSecurityIdentity();
    } else if (!BlockingOperationControl.isBlockingAllowed()) {
      current = null;
    }
    try {
      return current == null || current.isAnonymous() ? Optional.empty() : Optional.of(current);
    } catch (AuthenticationFailedException | AuthenticationCompletionException e) {
      // A cookie whose session has ended (signed out elsewhere, revoked, expired) must not keep
      // anyone from a public page, nor send them to sign in from the sign-in page itself.
      return Optional.empty();
    }
  }

  private static String displayName(SecurityIdentity identity) {
    return Caller.account(identity)
        .map(AccountView::displayName)
        .filter(name -> !name.isBlank())
        .orElseGet(() -> identity.getPrincipal().getName());
  }

  private String currentPath() {
    var current = request.getCurrent();
    return current == null ? "/" : current.normalizedPath();
  }

  private static Attribution attribution(CredentialDefinition definition) {
    return new Attribution(
        definition.title(),
        definition.licence().name(),
        definition.licence().url(),
        definition.licence().notice());
  }
}
