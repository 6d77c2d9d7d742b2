package org.mcportal.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "portal.credentials")
public interface CredentialsConfig {

  /**
   * A directory of credential files, laid out as {@code <id>/<version>.yaml}, that adds versions to
   * those bundled in the application or overrides bundled files of the same id and version. Unset:
   * the bundled credentials only.
   */
  Optional<Path> dir();

  /**
   * How often each node reads the stored versions again, to pick up a version that another node
   * stored when it started with a newer credential file: the most a node's catalog can lag.
   */
  @WithDefault("5m")
  Duration refresh();
}
