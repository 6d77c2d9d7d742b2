package org.mcportal.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Rubric conditions travel in the same shape in the API as in credential files. The credential
 * feature registers its own JSON shape, so that the shared platform knows nothing of credentials.
 */
@Singleton
public class ConditionJsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(ConditionJson.module());
  }
}
