package org.mcportal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.Sha256;

/** How pages and their files travel: compressed, cached safely, described, and crawled politely. */
@QuarkusTest
class PageDeliveryTest {

  private static final Pattern ASSET =
      Pattern.compile("/assets/([A-Za-z0-9._-]+)(\\?v=([0-9a-f]+))?");

  private static String page(String path) {
    return given().accept("text/html").get(path).then().statusCode(200).extract().asString();
  }

  @Test
  void pagesAndTheirFilesAreCompressedForClientsThatAcceptThem() {
    given()
        .accept("text/html")
        .header("Accept-Encoding", "gzip")
        .get("/credentials/home-visits")
        .then()
        .statusCode(200)
        .header("Content-Encoding", equalTo("gzip"));
    given()
        .header("Accept-Encoding", "gzip")
        .get(Assets.url("portal.css"))
        .then()
        .statusCode(200)
        .header("Content-Encoding", equalTo("gzip"));
  }

  @Test
  void everyAssetAddressOnAPageCarriesTheHashOfTheFileItServes() throws IOException {
    for (String path : List.of("/", "/credentials", "/credentials/home-visits", "/signin")) {
      Matcher asset = ASSET.matcher(page(path));
      int seen = 0;
      while (asset.find()) {
        seen++;
        assertThat(asset.group(3)).as(asset.group() + " on " + path).isNotNull();
        assertThat(Sha256.hex(classpathAsset(asset.group(1)))).startsWith(asset.group(3));
      }
      assertThat(seen).as(path).isPositive();
    }
  }

  @Test
  void everyTemplateNamesItsAssetsThroughTheHelper() throws IOException {
    List<String> literal = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(Files::isRegularFile).toList()) {
        if (Files.readString(template).contains("\"/assets/")) {
          literal.add(template.toString());
        }
      }
    }
    assertThat(literal).isEmpty();
  }

  @Test
  void onlyTheCurrentAddressOfAnAssetMayBeKeptWithoutAsking() {
    given()
        .get(Assets.url("portal.js"))
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    // Signed-in pages load the same files; a session cookie does not make them personal.
    given()
        .cookie("mcp_session", "anything")
        .get(Assets.url("portal.css"))
        .then()
        .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
    given().get("/assets/portal.js").then().statusCode(200).header("Cache-Control", "no-cache");
    given()
        .get("/assets/portal.js?v=0000000000000000")
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-cache");
    given().get("/assets/wordcount.js").then().statusCode(200).header("Cache-Control", "no-cache");
  }

  @Test
  void publicPagesDescribeThemselvesForSearchResults() {
    assertThat(page("/"))
        .contains("<meta name=\"description\" content=\"Prepare, check and submit");
    assertThat(page("/credentials"))
        .contains("<meta name=\"description\" content=\"The micro-credentials offered");
    assertThat(page("/credentials/home-visits"))
        .contains(
            "<meta name=\"description\" content=\"The Developing Trusting Reciprocal"
                + " Relationships through Home Visits micro-credential");
    assertThat(page("/signin")).contains("<meta name=\"description\" content=\"Sign in to");
  }

  @Test
  void robotsMayCrawlTheHomePageAndTheCredentialsAndNothingElse() {
    String robots =
        given()
            .get("/robots.txt")
            .then()
            .statusCode(200)
            .contentType("text/plain")
            .extract()
            .asString();

    assertThat(allowed(robots, "/")).isTrue();
    assertThat(allowed(robots, "/credentials")).isTrue();
    assertThat(allowed(robots, "/credentials/home-visits")).isTrue();
    assertThat(allowed(robots, "/assets/portal.css")).isTrue();
    assertThat(allowed(robots, "/signin")).isFalse();
    assertThat(allowed(robots, "/submissions/1")).isFalse();
    assertThat(allowed(robots, "/admin/accounts")).isFalse();
    assertThat(allowed(robots, "/api/credentials")).isFalse();
    assertThat(allowed(robots, "/q/openapi")).isFalse();
  }

  /** RFC 9309 for one group: the longest matching rule wins, Allow on a tie; "$" ends a path. */
  private static boolean allowed(String robots, String path) {
    int best = -1;
    boolean allow = true;
    for (String line : robots.lines().map(String::strip).toList()) {
      int colon = line.indexOf(':');
      if (line.startsWith("#") || colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase();
      String rule = line.substring(colon + 1).strip();
      if (!field.equals("allow") && !field.equals("disallow")) {
        continue;
      }
      boolean anchored = rule.endsWith("$");
      String prefix = anchored ? rule.substring(0, rule.length() - 1) : rule;
      boolean matches = anchored ? path.equals(prefix) : path.startsWith(prefix);
      if (matches && (rule.length() > best || (rule.length() == best && field.equals("allow")))) {
        best = rule.length();
        allow = field.equals("allow");
      }
    }
    return allow;
  }

  private static byte[] classpathAsset(String name) throws IOException {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("META-INF/resources/assets/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
