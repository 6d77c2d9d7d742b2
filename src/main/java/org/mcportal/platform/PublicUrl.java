package org.mcportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the portal at, for every link that leaves it: invitation and reset
 * links, mail, badges. A request's own Host cannot serve, because mail and scheduled jobs have no
 * request, and a badge must keep naming the same issuer whoever asked for it. Until an operator
 * sets it, links point at the local address and the admin pages say so.
 */
// Named so that the admin pages can warn while it is unset ({inject:publicUrl.set}).
@Named("publicUrl")
@ApplicationScoped
public class PublicUrl {

  static final String FALLBACK = "http://localhost:8080";

  private final Optional<URI> configured;

  PublicUrl(@ConfigProperty(name = "portal.public-url") Optional<URI> configured) {
    this.configured = configured.filter(uri -> !uri.toString().isBlank());
  }

  /** Whether an operator has set the address; links are only right for others once they have. */
  public boolean isSet() {
    return configured.isPresent();
  }

  /** The base address without a trailing slash. */
  public String base() {
    String url = configured.map(URI::toString).orElse(FALLBACK);
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** An absolute address for a path of this site, which starts with a slash. */
  public String link(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A portal path starts with a slash: " + path);
    }
    return base() + path;
  }
}
