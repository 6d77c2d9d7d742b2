package org.mcportal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.rules.CredentialDefinition;

/**
 * Builds the {@link PageContext} of the current request. Every page resource, and the error pages,
 * go through here, so the header, the navigation and the footer cannot differ between pages.
 */
@ApplicationScoped
public class Pages {

  /**
   * An identity attribute holding a name to greet the person by; without it the principal name is
   * shown.
   */
  public static final String DISPLAY_NAME_ATTRIBUTE = "displayName";

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
    Set<String> roles = identity.isAnonymous() ? Set.of() : identity.getRoles();
    List<String> ordered = Navigation.ROLE_ORDER.stream().filter(roles::contains).toList();
    return new PageContext(
        displayName(),
        ordered,
        Navigation.forRoles(roles, path),
        shown.stream().map(Pages::attribution).collect(Collectors.toList()),
        path);
  }

  private String displayName() {
    if (identity.isAnonymous()) {
      return "";
    }
    Object name = identity.getAttribute(DISPLAY_NAME_ATTRIBUTE);
    return name instanceof String text && !text.isBlank()
        ? text
        : identity.getPrincipal().getName();
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
