package org.mcportal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which components an educator works on again after a submission that did not earn the credential.
 * A component that reached its required level stays locked, so its accepted evidence is not
 * reassessed; one below it, or without a result, reopens.
 *
 * @param reopened component ids to redo, in the credential's order
 * @param locked component ids kept as they are; includes components the earning rule does not name,
 *     since nothing about them can fall short
 */
public record Reopening(List<String> reopened, List<String> locked) {

  public Reopening {
    reopened = List.copyOf(reopened);
    locked = List.copyOf(locked);
  }

  public static Reopening after(
      CredentialDefinition definition, Collection<ComponentResult> results) {
    Map<String, ComponentResult> byComponent = new HashMap<>();
    for (ComponentResult result : results) {
      byComponent.put(result.componentId(), result);
    }
    List<String> reopened = new ArrayList<>();
    List<String> locked = new ArrayList<>();
    for (Component component : definition.components()) {
      var required = definition.requiredLevel(component.id());
      ComponentResult result = byComponent.get(component.id());
      boolean met =
          required.isEmpty()
              || result != null && component.rubric().reaches(result.levelId(), required.get());
      (met ? locked : reopened).add(component.id());
    }
    return new Reopening(reopened, locked);
  }

  public boolean reopens(String componentId) {
    return reopened.contains(componentId);
  }

  public boolean nothingToRedo() {
    return reopened.isEmpty();
  }
}
