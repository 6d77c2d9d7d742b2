package org.mcportal.credential;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "portal.credentials")
public interface CredentialsConfig {

  /**
   * A directory of credential files, laid out as {@code <id>/<version>.yaml}, that adds versions to
   * those bundled in the application or overrides bundled files of the same id and version. Unset:
   * the bundled credentials only.
   */
  Optional<Path> dir();
}
