package org.mcportal.reporting.badge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the portal names itself as the issuer of its badges. */
@ConfigMapping(prefix = "portal.badges")
public interface BadgeConfig {

  /** The program that vouches for the credentials, as badge viewers show it. */
  @WithDefault("Micro-credential Portal")
  String issuerName();

  /** The program's own web site; the portal's public address when unset. */
  Optional<String> issuerUrl();

  /** A line about the program, shown on its issuer profile. */
  Optional<String> issuerDescription();
}
