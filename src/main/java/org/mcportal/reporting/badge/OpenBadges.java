package org.mcportal.reporting.badge;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.platform.PublicUrl;
import org.mcportal.rules.Component;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.rules.Rubric;

/**
 * The JSON-LD documents of the portal's badges: the issuer's profile, each credential version's
 * achievement, the credentials themselves and the revocation status list. Every address in them
 * starts with the portal's public address, so that verifiers can fetch what a badge names.
 */
@ApplicationScoped
class OpenBadges {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  static final String STATUS_LIST = "1";

  private final PublicUrl publicUrl;
  private final BadgeConfig config;

  OpenBadges(PublicUrl publicUrl, BadgeConfig config) {
    this.publicUrl = publicUrl;
    this.config = config;
  }

  String issuerId() {
    return publicUrl.link("/badges/issuer");
  }

  String statusListId() {
    return publicUrl.link("/badges/status/" + STATUS_LIST);
  }

  String achievementId(String credentialId, String version) {
    return publicUrl.link("/badges/achievements/" + credentialId + "/" + version);
  }

  Map<String, Object> issuer() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    profile.putAll(issuerReference());
    config.issuerDescription().ifPresent(d -> profile.put("description", d));
    return profile;
  }

  private Map<String, Object> issuerReference() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", issuerId());
    profile.put("type", List.of("Profile"));
    profile.put("name", config.issuerName());
    profile.put("url", config.issuerUrl().orElse(publicUrl.base()));
    return profile;
  }

  Map<String, Object> achievementDocument(CredentialDefinition definition) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    document.putAll(achievement(definition));
    return document;
  }

  Map<String, Object> achievement(CredentialDefinition definition) {
    String id = achievementId(definition.id(), definition.version());
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put("id", id);
    achievement.put("type", List.of("Achievement"));
    achievement.put("achievementType", "MicroCredential");
    achievement.put("name", definition.title());
    achievement.put("description", definition.competency());
    achievement.put(
        "criteria",
        Map.of(
            "id",
            publicUrl.link("/credentials/" + definition.id()),
            "narrative",
            definition.keyMethod() + "\n\n" + definition.earningRuleInWords()));
    achievement.put("creator", issuerReference());
    achievement.put("version", definition.version());
    if (definition.stack() != null && !definition.stack().isBlank()) {
      achievement.put("tag", List.of(definition.stack()));
    }
    List<Map<String, Object>> descriptions = new ArrayList<>();
    for (Component component : definition.components()) {
      descriptions.add(resultDescription(id, definition, component));
    }
    achievement.put("resultDescription", descriptions);
    return achievement;
  }

  private static Map<String, Object> resultDescription(
      String achievementId, CredentialDefinition definition, Component component) {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("id", resultDescriptionId(achievementId, component));
    description.put("type", List.of("ResultDescription"));
    description.put("name", component.label() + ": " + component.title());
    if (passFail(component.rubric())) {
      description.put("resultType", "Status");
      return description;
    }
    description.put("resultType", "RubricCriterionLevel");
    // The rubric lists its levels best first; a badge lists them as a scale climbs.
    List<Rubric.Level> climbing = new ArrayList<>(component.rubric().levels());
    java.util.Collections.reverse(climbing);
    description.put("allowedValue", climbing.stream().map(Rubric.Level::label).toList());
    definition
        .requiredLevel(component.id())
        .ifPresent(
            level -> description.put("requiredLevel", levelId(achievementId, component, level)));
    description.put(
        "rubricCriterionLevel",
        climbing.stream()
            .map(
                level -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("id", levelId(achievementId, component, level.id()));
                  entry.put("type", List.of("RubricCriterionLevel"));
                  entry.put("name", level.label());
                  level.descriptor().ifPresent(d -> entry.put("description", d));
                  return entry;
                })
            .toList());
    return description;
  }

  /**
   * The credential for an earned result: the achievement, the educator's component results and a
   * narrative of how it was assessed. The subject is named only by a salted hash of their email
   * address; no evidence text, feedback or name of anyone assessed goes in.
   */
  Map<String, Object> credential(
      String publicId,
      CredentialDefinition definition,
      EducatorResults.ResultsView results,
      Map<String, Object> identifier,
      int statusIndex,
      Instant issuedAt) {
    Map<String, Object> achievement = achievement(definition);
    String achievementId = (String) achievement.get("id");
    List<Map<String, Object>> resultList = new ArrayList<>();
    for (EducatorResults.ComponentResultView part : results.components()) {
      Component component = definition.component(part.componentId()).orElseThrow();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("type", List.of("Result"));
      result.put("resultDescription", resultDescriptionId(achievementId, component));
      if (passFail(component.rubric())) {
        result.put("status", "pass".equals(part.level()) ? "Completed" : "Failed");
      } else {
        result.put("achievedLevel", levelId(achievementId, component, part.level()));
        result.put("value", part.levelLabel());
      }
      resultList.add(result);
    }
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identifier));
    subject.put("achievement", achievement);
    subject.put("result", resultList);

    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("type", List.of("Evidence"));
    evidence.put("name", "Assessed portfolio");
    evidence.put(
        "narrative",
        "The educator submitted the portfolio that "
            + definition.title()
            + " (version "
            + definition.version()
            + ") asks for. A trained assessor scored it blind against the credential's rubric,"
            + " and the result was released on "
            + results.releasedAt().truncatedTo(ChronoUnit.SECONDS)
            + " after attempt "
            + results.attempt()
            + ". The portfolio itself stays private to the educator.");

    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", statusListId() + "#" + statusIndex);
    status.put("type", "BitstringStatusListEntry");
    status.put("statusPurpose", "revocation");
    status.put("statusListIndex", String.valueOf(statusIndex));
    status.put("statusListCredential", statusListId());

    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
    credential.put("id", "urn:uuid:" + publicId);
    credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    credential.put("issuer", issuerReference());
    credential.put("validFrom", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    credential.put("name", definition.title());
    credential.put("credentialSubject", subject);
    credential.put("evidence", List.of(evidence));
    credential.put("credentialStatus", status);
    return credential;
  }

  Map<String, Object> statusListCredential(String encodedList, Instant now) {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", statusListId() + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", encodedList);
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of(VC_CONTEXT));
    credential.put("id", statusListId());
    credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    credential.put("issuer", issuerId());
    credential.put("validFrom", now.truncatedTo(ChronoUnit.SECONDS).toString());
    credential.put("credentialSubject", subject);
    return credential;
  }

  static boolean passFail(Rubric rubric) {
    return rubric.levels().size() == 2
        && rubric.level("pass").isPresent()
        && rubric.level("fail").isPresent();
  }

  private static String resultDescriptionId(String achievementId, Component component) {
    return achievementId + "#result-" + component.id();
  }

  private static String levelId(String achievementId, Component component, String level) {
    return achievementId + "#result-" + component.id() + "-" + level;
  }
}
