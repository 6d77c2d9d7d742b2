package org.mcportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.mcportal.assessment.AssessorClient.as;
import static org.mcportal.assessment.AssessorClient.claim;
import static org.mcportal.assessment.AssessorClient.codeOf;
import static org.mcportal.assessment.AssessorClient.save;
import static org.mcportal.assessment.AssessorClient.sheet;
import static org.mcportal.assessment.AssessorClient.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mcportal.identity.AccountAdministration;
import org.mcportal.identity.AccountProfile;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;
import org.mcportal.identity.TestIdentities;
import org.mcportal.submission.SubmittedWork;

/**
 * Seeds an educator whose name, email, school and district are unmistakable, with a PDF whose file
 * name, information dictionary and XMP metadata carry them, then reads every response an assessor
 * can get about that work and finds none of them.
 */
@QuarkusTest
class BlindReviewCanaryTest {

  private static final String NAME = "Quillon Zephyrine-Marchbanks";
  private static final String SCHOOL = "Xanthorrhoea Canary Academy";
  private static final String DISTRICT = "Vellichor Unified Canary District";
  private static final String NOTE_KEY = "document:artifact-3:0";

  @Inject TestIdentities identities;
  @Inject AccountAdministration accounts;
  @Inject SubmittedWork work;

  @Test
  void noAssessorVisibleResponseCarriesTheEducatorsIdentity() throws IOException {
    AccountView educator = identities.account("quillonzephyrine", Role.EDUCATOR);
    accounts.updateProfile(educator.id(), new AccountProfile(NAME, SCHOOL, DISTRICT, "Teacher"));
    List<String> canaries =
        List.of(
            NAME,
            "Zephyrine",
            "Marchbanks",
            educator.email(),
            "quillonzephyrine",
            SCHOOL,
            "Xanthorrhoea",
            DISTRICT,
            "Vellichor");
    byte[] pdf = pdfCarrying(NAME, educator.email(), SCHOOL, DISTRICT);
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains(NAME, SCHOOL, DISTRICT);
    long submissionId =
        work.submitPassingWithPdf(educator.id(), NOTE_KEY, "Quillon-Zephyrine-note.pdf", pdf);
    String code = codeOf(submissionId, 1);
    String assessor = identities.token(identities.account("blind", Role.ASSESSOR).id());
    String other = identities.token(identities.account("second", Role.ASSESSOR).id());

    List<Response> seen = new ArrayList<>();
    seen.add(as(assessor).queryParam("limit", 100).get("/api/assessment/queue"));
    seen.add(claim(assessor, code));
    seen.add(as(assessor).get("/api/assessment/claims"));
    seen.add(sheet(assessor, code));
    Response attempt = as(assessor).get("/api/assessment/reviews/" + code);
    attempt.then().statusCode(200);
    seen.add(attempt);
    seen.add(as(assessor).get("/api/assessment/reviews/" + code + "/history"));
    String download =
        attempt.path(
            "components.find { it.componentId == 'artifact-3' }.fields.find { it.key == '"
                + NOTE_KEY
                + "' }.download");
    assertThat(download).isNotNull();
    Response file = as(assessor).get(download);
    file.then().statusCode(200).contentType("application/pdf");
    // Errors an assessor can provoke about the same item.
    seen.add(claim(other, code));
    seen.add(save(other, code, "\"0\"", Sheets.proficient()));
    seen.add(save(assessor, code, "\"7\"", Sheets.proficient()));
    seen.add(save(assessor, code, null, Sheets.proficient()));
    seen.add(submit(assessor, code));
    seen.add(as(assessor).get("/api/assessment/reviews/" + code + "/files/document:artifact-3:1"));
    seen.add(as(other).get("/api/assessment/reviews/" + code));
    seen.add(as(other).get(download));
    seen.add(save(assessor, code, "\"0\"", Sheets.proficient()));
    seen.add(submit(assessor, code));

    for (Response response : seen) {
      String body = response.asString();
      String headers = response.getHeaders().toString();
      for (String canary : canaries) {
        assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain(canary.toLowerCase(Locale.ROOT));
        assertThat(headers.toLowerCase(Locale.ROOT))
            .doesNotContain(canary.toLowerCase(Locale.ROOT));
      }
      assertThat(body).doesNotContainPattern(idField(educator.id()));
      assertThat(body).doesNotContainPattern(idField(submissionId));
      assertThat(body).doesNotContain("submissionId");
    }

    byte[] served = file.asByteArray();
    String raw = new String(served, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    assertThat(file.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + code + "-document-artifact-3-0.pdf\"");
    try (PDDocument document = Loader.loadPDF(served)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getAuthor()).isNull();
      assertThat(info.getTitle()).isNull();
      assertThat(info.getSubject()).isNull();
      assertThat(info.getKeywords()).isNull();
      assertThat(document.getDocumentCatalog().getMetadata()).isNull();
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Dear family");
      for (String canary : canaries) {
        assertThat(raw).doesNotContain(canary.toLowerCase(Locale.ROOT));
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(canary.toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * The same canary through the assessor's pages: the queue, the claims, the scoring screen of a
   * first attempt and of a resubmission (with the earlier feedback and the diff), the autosave's
   * answers, the pages of refused saves and submits, the download the screen links, and the error
   * pages another assessor gets.
   */
  @Test
  void noAssessorVisiblePageCarriesTheEducatorsIdentity() {
    AccountView educator = identities.account("canarypages", Role.EDUCATOR);
    accounts.updateProfile(educator.id(), new AccountProfile(NAME, SCHOOL, DISTRICT, "Teacher"));
    List<String> canaries =
        List.of(NAME, "Zephyrine", "Marchbanks", educator.email(), "canarypages", SCHOOL, DISTRICT);
    byte[] pdf;
    try {
      pdf = pdfCarrying(NAME, educator.email(), SCHOOL, DISTRICT);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long submissionId =
        work.submitPassingWithPdf(educator.id(), NOTE_KEY, "Quillon-Zephyrine-note.pdf", pdf);
    String code = codeOf(submissionId, 1);
    String assessor = identities.token(identities.account("pageblind", Role.ASSESSOR).id());
    String other = identities.token(identities.account("pagesecond", Role.ASSESSOR).id());

    List<Response> seen = new ArrayList<>();
    seen.add(page(assessor).get("/assessment"));
    seen.add(
        page(assessor)
            .contentType("application/x-www-form-urlencoded")
            .post("/assessment/reviews/" + code + "/claim"));
    seen.add(page(assessor).get("/assessment"));
    Response screen = page(assessor).get("/assessment/reviews/" + code);
    screen.then().statusCode(200);
    seen.add(screen);
    java.util.regex.Matcher link =
        Pattern.compile("href=\"([^\"]+/files/[^\"]+)\"").matcher(screen.asString());
    assertThat(link.find()).isTrue();
    Response download = as(assessor).get(link.group(1).replace("&amp;", "&"));
    download.then().statusCode(200);
    seen.add(download);
    seen.add(
        page(assessor)
            .contentType("application/x-www-form-urlencoded")
            .header("If-Match", "\"0\"")
            .formParam("component", "part-1")
            .formParam("feedback", "Autosaved.")
            .post("/assessment/reviews/" + code + "/autosave"));
    seen.add(
        page(assessor)
            .contentType("application/x-www-form-urlencoded")
            .header("If-Match", "\"0\"")
            .formParam("component", "part-1")
            .post("/assessment/reviews/" + code + "/autosave"));
    seen.add(
        page(assessor)
            .contentType("application/x-www-form-urlencoded")
            .formParam("version", 0)
            .formParam("component", "part-1")
            .formParam("feedback", "A stale save.")
            .post("/assessment/reviews/" + code));
    seen.add(
        page(assessor)
            .contentType("application/x-www-form-urlencoded")
            .formParam("version", 1)
            .formParam("action", "submit")
            .formParam("idempotency-key", "canary-pages-1")
            .formParam("component", "part-1")
            .post("/assessment/reviews/" + code));
    seen.add(page(other).get("/assessment/reviews/" + code));
    seen.add(page(other).get("/assessment/reviews/no-such-code"));
    seen.add(
        page(other)
            .contentType("application/x-www-form-urlencoded")
            .post("/assessment/reviews/" + code + "/claim"));

    // A resubmission: its screen carries the earlier feedback and the diff.
    String version = sheet(assessor, code).then().statusCode(200).extract().header("ETag");
    save(assessor, code, version, Sheets.artifactThreeBasic("Add an invitation."))
        .then()
        .statusCode(200);
    submit(assessor, code).then().statusCode(201);
    work.write(
        educator.id(),
        submissionId,
        Map.of(NOTE_KEY, "Dear family, please join us on Friday for our reading morning."));
    work.submit(educator.id(), submissionId);
    String second = codeOf(submissionId, 2);
    String next = identities.token(identities.account("pagethird", Role.ASSESSOR).id());
    seen.add(
        page(next)
            .contentType("application/x-www-form-urlencoded")
            .post("/assessment/reviews/" + second + "/claim"));
    Response resubmitted = page(next).get("/assessment/reviews/" + second);
    resubmitted.then().statusCode(200);
    assertThat(resubmitted.asString()).contains("Earlier attempts").contains("Add an invitation.");
    seen.add(resubmitted);

    for (Response response : seen) {
      String body = response.asString().toLowerCase(Locale.ROOT);
      String headers = response.getHeaders().toString().toLowerCase(Locale.ROOT);
      for (String canary : canaries) {
        assertThat(body).doesNotContain(canary.toLowerCase(Locale.ROOT));
        assertThat(headers).doesNotContain(canary.toLowerCase(Locale.ROOT));
      }
      assertThat(response.asString()).doesNotContainPattern(idField(submissionId));
      assertThat(response.asString()).doesNotContain("/submissions/" + submissionId);
    }
  }

  private static io.restassured.specification.RequestSpecification page(String token) {
    return as(token).redirects().follow(false).accept("text/html");
  }

  @Test
  void aFindingThatMatchesTheProfileSaysOnlyThatItMayIdentifyTheEducator() {
    AccountView educator = identities.account("profiled", Role.EDUCATOR);
    accounts.updateProfile(
        educator.id(), new AccountProfile("Perpetua Lindqvist", "Brambleford Elementary", "", ""));
    long submissionId = work.submitPassing(educator.id());
    String code = codeOf(submissionId, 1);
    String assessor = identities.token(identities.account("reader", Role.ASSESSOR).id());
    claim(assessor, code).then().statusCode(200);
    // Nothing in the passing sample names this educator, so no finding may claim it does.
    as(assessor)
        .get("/api/assessment/reviews/" + code)
        .then()
        .statusCode(200)
        .body(
            "components.findings.flatten().findAll { it.code == 'may-identify-educator' }.size()",
            equalTo(0));

    AccountView careless = identities.account("careless", Role.EDUCATOR);
    accounts.updateProfile(
        careless.id(), new AccountProfile("Perpetua Lindqvist", "Brambleford Elementary", "", ""));
    Map<String, String> fields =
        new java.util.LinkedHashMap<>(org.mcportal.submission.SampleSubmissions.passing());
    String answer = fields.get("answer:part-1:why-this-credential");
    fields.put(
        "answer:part-1:why-this-credential",
        answer + "\n\nAt Brambleford Elementary we want more of this.");
    long second = work.submit(careless.id(), fields);
    String secondCode = codeOf(second, 1);
    claim(assessor, secondCode).then().statusCode(200);
    Response view = as(assessor).get("/api/assessment/reviews/" + secondCode);
    List<Map<String, Object>> flagged =
        view.path(
            "components.find { it.componentId == 'part-1' }.findings.findAll { it.code == 'may-identify-educator' }");
    assertThat(flagged).hasSize(1);
    String message = (String) flagged.get(0).get("message");
    assertThat(message).contains("may identify the educator");
    assertThat(message.toLowerCase(Locale.ROOT))
        .doesNotContain("school", "brambleford", "district", "email", "name");
    assertThat(view.asString()).doesNotContain("your school");
  }

  private static Pattern idField(long id) {
    return Pattern.compile("\"\\w*[iI]d\"\\s*:\\s*\"?" + id + "\\b");
  }

  private static byte[] pdfCarrying(String name, String email, String school, String district)
      throws IOException {
    try (PDDocument document =
        Loader.loadPDF(
            SubmittedWork.pdf("Dear family, thank you for the visit. Please join us on Friday."))) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setAuthor(name);
      info.setTitle(email);
      info.setSubject(school);
      info.setKeywords(district);
      info.setCreator(name + " at " + school);
      String xmp =
          "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
              + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
              + "<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>"
              + name
              + " "
              + email
              + "</dc:creator><dc:publisher>"
              + school
              + " "
              + district
              + "</dc:publisher></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
      PDMetadata metadata =
          new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
      document.getDocumentCatalog().setMetadata(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }
}
