package org.mcportal.credential;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Loads the bundled credential files and those of the optional directory before the portal takes
 * requests; a bad file stops start-up.
 */
@ApplicationScoped
class CredentialStartup {

  void onStart(@Observes StartupEvent event, CredentialCatalog catalog, CredentialsConfig config) {
    catalog.synchronize(CredentialSources.all(config.dir()));
  }
}
