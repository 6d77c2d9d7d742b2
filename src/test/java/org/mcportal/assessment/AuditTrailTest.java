package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.save;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

@QuarkusTest
class AuditTrailTest {

  @Inject TestIdentities identities;
  @Inject SubmittedWork work;

  @Test
  void adminsFilterTheTrailByActionActorCodeAndTime() {
    AccountView assessor = identities.account("audited", Role.ASSESSOR);
    String token = identities.token(assessor.id());
    String code = codeOf(work.submitPassing(identities.account("e", Role.EDUCATOR).id()), 1);
    Instant before = Instant.now();
    claim(token, code).then().statusCode(200);
    save(token, code, "\"0\"", Sheets.proficient()).then().statusCode(200);
    save(token, code, "\"1\"", Sheets.proficient()).then().statusCode(200);
    String admin = identities.token(identities.account("reader", Role.ADMIN).id());

    as(admin)
        .queryParam("code", code)
        .queryParam("action", "SAVE")
        .get("/api/admin/audit")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.actorId", everyItem(equalTo((int) assessor.id())))
        .body("items[0].details.version", equalTo(2));
    as(admin)
        .queryParam("actor", assessor.id())
        .queryParam("action", "CLAIM")
        .get("/api/admin/audit")
        .then()
        .body("items", hasSize(1))
        .body("items[0].reviewCode", equalTo(code));
    as(admin)
        .queryParam("code", code)
        .queryParam("from", before.toString())
        .queryParam("to", before.plusSeconds(3600).toString())
        .get("/api/admin/audit")
        .then()
        .body("items.action", equalTo(List.of("SAVE", "SAVE", "CLAIM")));
    as(admin)
        .queryParam("code", code)
        .queryParam("to", before.toString())
        .get("/api/admin/audit")
        .then()
        .body("items.action", equalTo(List.of("QUEUE")));
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    String token = identities.token(identities.account("pager", Role.ASSESSOR).id());
    String code = codeOf(work.submitPassing(identities.account("e", Role.EDUCATOR).id()), 1);
    claim(token, code).then().statusCode(200);
    for (int version = 0; version < 5; version++) {
      save(token, code, "\"" + version + "\"", Sheets.proficient()).then().statusCode(200);
    }
    String admin = identities.token(identities.account("pages", Role.ADMIN).id());

    List<Integer> ids = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      var request = as(admin).queryParam("code", code).queryParam("limit", 2);
      if (after != null) {
        request = request.queryParam("after", after);
      }
      Response page = request.get("/api/admin/audit");
      page.then().statusCode(200);
      ids.addAll(page.path("items.id"));
      after = page.path("next");
      pages++;
    } while (after != null);

    // QUEUE, CLAIM and five saves.
    assertThat(ids).hasSize(7).doesNotHaveDuplicates();
    assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void onlyAdminsReadTheTrail() {
    as(identities.token(identities.account("nosy", Role.ASSESSOR).id()))
        .get("/api/admin/audit")
        .then()
        .statusCode(403);
    as(identities.token(identities.account("reader", Role.ADMIN).id()))
        .queryParam("after", "not-a-cursor")
        .get("/api/admin/audit")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:mcportal:problem:bad-cursor"));
  }

  @Test
  void noColumnOfAnAuditRowCanBeUpdated() {
    List<String> updatable = new ArrayList<>();
    for (Field field : AuditEvent.class.getDeclaredFields()) {
      // The id is generated once; the rest of the skipped fields are the bytecode enhancer's own.
      if (Modifier.isStatic(field.getModifiers())
          || field.getName().equals("id")
          || field.getName().startsWith("$$_hibernate")) {
        continue;
      }
      Column column = field.getAnnotation(Column.class);
      if (column == null || column.updatable()) {
        updatable.add(field.getName());
      }
    }
    assertThat(updatable).isEmpty();
  }

  @Test
  void changingALoadedAuditRowWritesNothing() {
    String token = identities.token(identities.account("tamper", Role.ASSESSOR).id());
    String code = codeOf(work.submitPassing(identities.account("e", Role.EDUCATOR).id()), 1);
    claim(token, code).then().statusCode(200);
    long id =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    AuditEvent.<AuditEvent>find(
                            "reviewCode = ?1 and action = ?2", code, AuditAction.CLAIM)
                        .firstResult()
                        .id);

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AuditEvent event = AuditEvent.findById(id);
              event.details = "{\"forged\":true}";
              event.actorId = null;
              event.action = AuditAction.RELEASE;
            });

    AuditEvent stored = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(id));
    assertThat(stored.action).isEqualTo(AuditAction.CLAIM);
    assertThat(stored.details).doesNotContain("forged");
    assertThat(stored.actorId).isNotNull();
  }

  @Test
  void noApplicationCodeUpdatesOrDeletesAuditRows() throws IOException {
    Set<String> writes = Set.of("update", "delete", "deleteAll", "deleteById");
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "updates or deletes an AuditEvent",
                call ->
                    call.getTargetOwner().isEquivalentTo(AuditEvent.class)
                        && writes.contains(call.getName())))
        .check(
            new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(
                    com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mcportal"));
    // Nor any SQL written by hand: the table is named in the entity's mapping and nowhere else.
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      List<Path> naming =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.endsWith("AuditEvent.java"))
              .filter(
                  p -> {
                    try {
                      return Files.readString(p).toLowerCase().contains("audit_event");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
      assertThat(naming).isEmpty();
    }
  }
}
