package org.mcportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules every page keeps, checked over the code and the templates rather than page by page. */
class PageRulesTest {

  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "org.mcportal.web", "org.mcportal.assessment.pages", "org.mcportal.reporting.pages");

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** Template folders rendered only into PDF documents. */
  private static final Set<String> PDF_LAYOUTS =
      Set.of("SubmissionReports", "Certificates", "CohortReports");

  @Test
  void everyPageMethodDeclaresItsAccessRule() {
    methods()
        .that()
        .areAnnotatedWith(GET.class)
        .or()
        .areAnnotatedWith(POST.class)
        .or()
        .areAnnotatedWith(PUT.class)
        .or()
        .areAnnotatedWith(PATCH.class)
        .or()
        .areAnnotatedWith(DELETE.class)
        .should()
        .beAnnotatedWith(PermitAll.class)
        .orShould()
        .beAnnotatedWith(Authenticated.class)
        .orShould()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(DenyAll.class)
        .because("a page's audience should be visible where the page is declared")
        .check(WEB);
  }

  /**
   * The portal's Content-Security-Policy allows scripts and styles from its own files only, so
   * anything inline would be blocked in the browser; catching it here names the template.
   */
  @Test
  void templatesHoldNoInlineScriptOrStyleAndLoadNothingFromElsewhere() throws IOException {
    Pattern styleElement = Pattern.compile("<style", Pattern.CASE_INSENSITIVE);
    Pattern styleAttribute = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    List<Pattern> forbidden =
        List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            styleElement,
            styleAttribute,
            Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                "<(script|link|img)[^>]+(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE));
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> templates = files.filter(f -> f.toString().endsWith(".html")).toList();
      assertThat(templates).isNotEmpty();
      for (Path template : templates) {
        String text = Files.readString(template);
        // A template laid out as a PDF never reaches a browser, so no policy blocks its styles,
        // and the PDF renderer reads no style sheet of the site; scripts stay forbidden there too.
        boolean pdfLayout = PDF_LAYOUTS.contains(template.getParent().getFileName().toString());
        for (Pattern pattern : forbidden) {
          if (pdfLayout && (pattern == styleElement || pattern == styleAttribute)) {
            continue;
          }
          assertThat(pattern.matcher(text).find()).as("%s matches %s", template, pattern).isFalse();
        }
      }
    }
  }
}
