package org.mcportal.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.mcportal.credential.ConditionJson;

/** Rubric conditions travel in the same shape in the API as in credential files. */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(ConditionJson.module());
  }
}
