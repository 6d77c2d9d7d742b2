package org.mcportal.credential;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Loads the credential files before the portal takes requests; a bad file stops start-up. */
@ApplicationScoped
class CredentialStartup {

  void onStart(@Observes StartupEvent event, CredentialCatalog catalog, CredentialsConfig config) {
    catalog.synchronize(config.dir());
  }
}
