package org.mcportal.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

@ConfigMapping(prefix = "portal.credentials")
public interface CredentialsConfig {

  /** The folder of credential files, laid out as {@code <id>/<version>.yaml}. */
  @WithDefault("rubrics")
  Path dir();
}
