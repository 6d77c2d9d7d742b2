package org.mcportal.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcportal.assessment.Released;
import org.mcportal.assessment.Scorings;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.platform.SecurityHeaders;
import org.mcportal.submission.SubmittedWork;

/**
 * The security headers swept over every GET the portal serves: each row of the hand-written {@link
 * AccessPolicy} table, pages and API alike, as every role that table lets see it, on real data (a
 * draft, a released attempt, a claimed review, a pending and a settled double scoring, a
 * calibration run, a cohort, a badge), then as a role it refuses, and anonymously; plus error
 * pages, the portal's static files and operations endpoints. Every answer is asked for twice, once
 * as plain HTTP and once as a TLS-terminating proxy forwards it, since HSTS belongs to the second
 * only. A new page joins the sweep by being added to the table, which {@link AccessMatrixTest}
 * requires.
 */
@QuarkusTest
class HeaderSweepTest {

  private static final Logger LOG = Logger.getLogger(HeaderSweepTest.class);
  private static final String ABSENT = "999999999";

  /** What Chromium asks for when it follows a link. */
  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  @Inject TestIdentities ids;
  @Inject SubmittedWork work;
  @Inject CredentialCatalog catalog;

  private final Map<Role, Long> accounts = new EnumMap<>(Role.class);
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Integer> statuses = new TreeMap<>();
  private int answers;

  @BeforeEach
  void accounts() {
    for (Role role : List.of(Role.EDUCATOR, Role.ASSESSOR, Role.ADMIN, Role.LEAD)) {
      accounts.put(role, ids.account("sweep-" + role.name().toLowerCase(), role).id());
    }
  }

  private void seedOneOfEverything() {
    long educator = accounts.get(Role.EDUCATOR);
    String assessor = token(Role.ASSESSOR);
    String second = ids.token(ids.account("sweep-second", Role.ASSESSOR).id());
    String lead = token(Role.LEAD);
    String admin = token(Role.ADMIN);

    long released =
        work.submitPassingWithPdf(
            educator, "document:artifact-3:0", "note.pdf", SubmittedWork.pdf("A thank-you note"));
    Released.earned(assessor, released, 1);
    long claimed = work.submitPassing(other("claimed"));
    String claimedCode = Scorings.code(claimed, 1);
    Scorings.claim(assessor, claimedCode).then().statusCode(200);

    String doubled =
        org.mcportal.assessment.DoubleScoringCredentials.installFresh(catalog, "sweep");
    long pending = work.submitPassing(other("pending"), doubled);
    String pendingCode = Scorings.code(pending, 1);
    Scorings.score(assessor, pendingCode, Scorings.artifactThreeBasic("Short of an invitation."))
        .then()
        .statusCode(201);
    Scorings.score(second, Scorings.secondCode(pending, 1), Scorings.proficient())
        .then()
        .statusCode(201);
    long settled = work.submitPassing(other("settled"), doubled);
    String settledCode = Scorings.code(settled, 1);
    Scorings.score(assessor, settledCode, Scorings.artifactThreeBasic("Short of an invitation."))
        .then()
        .statusCode(201);
    Scorings.score(second, Scorings.secondCode(settled, 1), Scorings.proficient())
        .then()
        .statusCode(201);
    bearer(lead)
        .contentType(ContentType.JSON)
        .body(Map.of("sheet", Scorings.proficient(), "reason", "The third note invites them."))
        .post("/api/adjudication/" + settledCode)
        .then()
        .statusCode(201);

    long draft =
        bearer(token(Role.EDUCATOR))
            .contentType(ContentType.JSON)
            .body(Map.of("credentialId", doubled))
            .post("/api/submissions")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    String version =
        given().get("/api/credentials/home-visits").then().extract().path("versions[0].version");
    String doubledVersion =
        given().get("/api/credentials/" + doubled).then().extract().path("versions[0].version");
    long set =
        bearer(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("credentialId", doubled, "version", doubledVersion, "name", "Sweep set"))
            .post("/api/admin/calibration/sets")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    bearer(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reviewCode", settledCode))
        .post("/api/admin/calibration/sets/" + set + "/exemplars")
        .then()
        .statusCode(200);
    var run =
        bearer(assessor)
            .post("/api/assessment/calibration/sets/" + set + "/start")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long cohort =
        bearer(admin)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Sweep cohort"))
            .post("/api/admin/cohorts")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    String badge = bearer(token(Role.EDUCATOR)).get("/api/badges").then().extract().path("[0].id");
    String statusList =
        bearer(token(Role.EDUCATOR))
            .get("/api/badges/" + badge + "/credential.json")
            .then()
            .statusCode(200)
            .extract()
            .path("credentialStatus.statusListCredential");

    values.put("submission", String.valueOf(released));
    values.put("draft", String.valueOf(draft));
    values.put("account", String.valueOf(educator));
    values.put("assessor", String.valueOf(accounts.get(Role.ASSESSOR)));
    values.put("cohort", String.valueOf(cohort));
    values.put("badge", badge);
    values.put("list", statusList.substring(statusList.lastIndexOf('/') + 1));
    values.put("review", claimedCode);
    values.put("adjudication", pendingCode);
    values.put("double", settledCode);
    values.put("set", String.valueOf(set));
    values.put("run", String.valueOf(run.getLong("id")));
    values.put("sheet", run.getString("sheets[0].code"));
    values.put("credential", "home-visits");
    values.put("version", version);
  }

  @Test
  void everyGetInThePolicyTableCarriesTheHeadersForEveryoneWhoMaySeeItAndEveryoneRefused() {
    seedOneOfEverything();
    List<String> gets =
        AccessPolicy.TABLE.keySet().stream()
            .filter(row -> row.startsWith("GET "))
            .map(row -> row.substring(4))
            .toList();
    int pages = 0;
    int pagesShown = 0;
    List<String> unshown = new ArrayList<>();
    for (String template : gets) {
      AccessPolicy.Who who = AccessPolicy.who("GET " + template);
      String path = resolve(template);
      boolean page = page(template);
      pages += page ? 1 : 0;
      boolean shownToSomeone = false;
      boolean html = false;
      for (Role role : accounts.keySet()) {
        boolean allowed = AccessPolicy.allows(who, java.util.EnumSet.of(role), true);
        Response response = sweep(path, role, page, true);
        if (allowed) {
          assertThat(response.statusCode())
              .as("GET %s as %s", path, role)
              .isNotIn(401, 403)
              .isLessThan(500);
          shownToSomeone |= response.statusCode() == 200;
          html |= response.statusCode() == 200 && response.contentType().startsWith("text/html");
        } else {
          assertThat(response.statusCode()).as("GET %s as %s", path, role).isEqualTo(403);
        }
      }
      Response anonymous = sweep(path, null, page, false);
      assertThat(anonymous.statusCode()).as("GET %s anonymously", path).isLessThan(500);
      shownToSomeone |= anonymous.statusCode() == 200;
      html |= anonymous.statusCode() == 200 && anonymous.contentType().startsWith("text/html");
      if (page && html) {
        pagesShown++;
      } else if (page && !shownToSomeone) {
        unshown.add(path);
      }
    }
    // The editor and its checklist of a draft, which the released attempt's addresses do not show.
    for (String draft :
        List.of(
            "/submissions/" + values.get("draft"),
            "/submissions/" + values.get("draft") + "/check")) {
      assertThat(sweep(draft, Role.EDUCATOR, true, true).statusCode()).isEqualTo(200);
    }
    LOG.infof(
        "Header sweep: %d GET rows (%d outside the API, %d of them HTML pages shown with data),"
            + " %d answers, statuses %s, not shown %s",
        gets.size(), pages, pagesShown, answers, statuses, unshown);
    assertThat(gets).hasSizeGreaterThan(90);
    // Every page of the table was reached with data it could show, not only as a 404.
    // Three pages answer these callers otherwise, their headers checked all the same: an
    // invitation without its token, a new submission for an educator with nothing left to start,
    // and the result of a calibration run not yet submitted.
    assertThat(unshown)
        .as("pages no one was shown")
        .isSubsetOf(
            "/invitation",
            "/submissions/new",
            "/assessment/calibration/runs/" + values.get("run") + "/result");
    assertThat(pagesShown).isGreaterThanOrEqualTo(40);
  }

  @Test
  void errorPagesStaticFilesAndOperationsCarryTheHeaders() throws IOException {
    String educator = token(Role.EDUCATOR);
    for (boolean tls : List.of(false, true)) {
      check(request(null, tls).accept(ContentType.HTML).get("/no/such/page"), 404, false, tls);
      check(request(null, tls).get("/api/no/such/thing"), 404, false, tls);
      check(request(null, tls).accept(ContentType.HTML).get("/fixtures/failure"), 500, false, tls);
      check(request(null, tls).get("/api/fixtures/failure"), 500, false, tls);
      check(request(null, tls).get("/api/admin/accounts"), 401, false, tls);
      check(
          request(null, tls)
              .cookie(SessionCookies.NAME, educator)
              .accept(ContentType.HTML)
              .get("/admin/accounts"),
          403,
          true,
          tls);
      check(
          request(null, tls)
              .cookie(SessionCookies.NAME, educator)
              .accept(ContentType.HTML)
              .get("/submissions/" + ABSENT),
          404,
          true,
          tls);
      check(bearer(educator, tls).get("/api/admin/accounts"), 403, true, tls);
      check(request(null, tls).get("/q/health/ready"), 200, false, tls);
      check(request(null, tls).get("/q/openapi"), 200, false, tls);
      List<Path> assets;
      try (Stream<Path> files =
          Files.list(Path.of("src/main/resources/META-INF/resources/assets"))) {
        assets = files.filter(Files::isRegularFile).toList();
      }
      assertThat(assets).isNotEmpty();
      for (Path asset : assets) {
        Response response =
            request(null, tls)
                .cookie(SessionCookies.NAME, educator)
                .get("/assets/" + asset.getFileName());
        hardened(response, "/assets/" + asset.getFileName(), tls);
        assertThat(response.statusCode()).isEqualTo(200);
        // The same file for everyone: the session does not make it private.
        assertThat(response.header("Cache-Control")).isNotEqualTo("no-store");
      }
    }
  }

  @Test
  void hstsIsSentOnlyWhenTheRequestCameOverTls() {
    assertThat(given().get("/api/credentials").header("Strict-Transport-Security")).isNull();
    assertThat(
            given()
                .header("X-Forwarded-Proto", "https")
                .get("/api/credentials")
                .header("Strict-Transport-Security"))
        .isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
    assertThat(
            given()
                .header("X-Forwarded-Proto", "https")
                .accept(ContentType.HTML)
                .get("/")
                .header("Strict-Transport-Security"))
        .isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
  }

  /** Asks as plain HTTP and as forwarded TLS, checks both, answers the plain one. */
  private Response sweep(String path, Role role, boolean page, boolean signedIn) {
    Response plain = null;
    for (boolean tls : List.of(false, true)) {
      RequestSpecification request = request(role, tls, page).redirects().follow(false);
      Response response = request.get(path);
      statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
      answers++;
      hardened(response, path + (role == null ? " anonymously" : " as " + role), tls);
      if (signedIn && !path.startsWith("/assets/")) {
        assertThat(response.header("Cache-Control"))
            .as("GET %s as %s: never stored", path, role)
            .isEqualTo("no-store");
      }
      if (!tls) {
        plain = response;
      }
    }
    return plain;
  }

  private void check(Response response, int status, boolean signedIn, boolean tls) {
    String what = response.statusCode() + " answer";
    assertThat(response.statusCode()).isEqualTo(status);
    hardened(response, what, tls);
    if (signedIn) {
      assertThat(response.header("Cache-Control")).as(what).isEqualTo("no-store");
    }
  }

  private static void hardened(Response response, String what, boolean tls) {
    String csp = response.header("Content-Security-Policy");
    if (what.startsWith("/q/swagger-ui")) {
      assertThat(csp).as(what).isNull();
    } else {
      assertThat(csp)
          .as("CSP of %s", what)
          .isIn(
              SecurityHeaders.CONTENT_SECURITY_POLICY,
              SecurityHeaders.CONTENT_SECURITY_POLICY + "; sandbox");
      assertThat(csp).contains("frame-ancestors 'none'");
    }
    assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
    assertThat(response.header("Strict-Transport-Security"))
        .as("HSTS of %s over %s", what, tls ? "TLS" : "plain HTTP")
        .isEqualTo(tls ? SecurityHeaders.STRICT_TRANSPORT_SECURITY : null);
  }

  private static RequestSpecification request(Role role, boolean tls) {
    RequestSpecification request = given();
    if (tls) {
      request.header("X-Forwarded-Proto", "https");
    }
    return request;
  }

  /** Pages carry the session cookie and ask for HTML, as a browser does; the API a bearer token. */
  private RequestSpecification request(Role role, boolean tls, boolean page) {
    RequestSpecification request = request(role, tls);
    if (page) {
      request.header("Accept", BROWSER_ACCEPT);
    }
    if (role != null) {
      if (page) {
        request.cookie(SessionCookies.NAME, token(role));
      } else {
        request.header("Authorization", "Bearer " + token(role));
      }
    }
    return request;
  }

  private RequestSpecification bearer(String token) {
    return bearer(token, false);
  }

  private RequestSpecification bearer(String token, boolean tls) {
    return request(null, tls).header("Authorization", "Bearer " + token);
  }

  private long other(String name) {
    return ids.account("sweep-" + name, Role.EDUCATOR).id();
  }

  private String token(Role role) {
    return ids.token(accounts.get(role));
  }

  private static boolean page(String template) {
    return !template.startsWith("/api/")
        && !template.startsWith("/q/")
        && !template.startsWith("/.well-known/");
  }

  /** The template with each parameter replaced by the seeded value it names in its place. */
  private String resolve(String template) {
    String path = template;
    path =
        path.replace(
            "/submissions/preview/{id}/{version}", "/submissions/preview/{credential}/{version}");
    path =
        path.replace(
            "/credentials/preview/{id}/{version}", "/credentials/preview/{credential}/{version}");
    path = path.replace("{credentialId}", "{credential}");
    path = path.replace("/credentials/{id}", "/credentials/{credential}");
    path = path.replaceAll("/submissions/\\{id}", "/submissions/" + values.get("submission"));
    path = path.replaceAll("/accounts/\\{id}", "/accounts/" + values.get("account"));
    path = path.replaceAll("/cohorts/\\{id}", "/cohorts/" + values.get("cohort"));
    path = path.replaceAll("/badges/\\{id}", "/badges/" + values.get("badge"));
    path = path.replace("/drift/{assessorId}", "/drift/" + values.get("assessor"));
    path = path.replace("/double-scorings/{code}", "/double-scorings/" + values.get("double"));
    path = path.replace("/adjudication/{code}", "/adjudication/" + values.get("adjudication"));
    path = path.replace("/reviews/{code}", "/reviews/" + values.get("review"));
    path = path.replace("/sheets/{code}", "/sheets/" + values.get("sheet"));
    path = path.replace("{setId}", values.get("set"));
    path = path.replace("{runId}", values.get("run"));
    path = path.replace("{list}", values.get("list"));
    path = path.replace("{credential}", values.get("credential"));
    path = path.replace("{version}", values.get("version"));
    path = path.replace("{attempt}", "1");
    path = path.replace("{key}", "document:artifact-3:0");
    assertThat(path).as("every parameter of %s has a seeded value", template).doesNotContain("{");
    return path;
  }
}
