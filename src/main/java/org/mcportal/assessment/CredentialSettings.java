package org.mcportal.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import org.mcportal.rules.CredentialDefinition;

/** The assessment settings of a credential version. */
@ApplicationScoped
public class CredentialSettings {

  public AssessmentSettings of(CredentialDefinition definition) {
    return AssessmentSettings.DEFAULTS;
  }
}
