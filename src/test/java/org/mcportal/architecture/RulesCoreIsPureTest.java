package org.mcportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules core must run anywhere, in the server, a batch job or a test, without a framework: it
 * may use the JDK and itself, nothing else.
 */
class RulesCoreIsPureTest {

  private static JavaClasses rules;

  @BeforeAll
  static void importTheRulesCore() {
    rules =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mcportal.rules");
  }

  @Test
  void rulesDependOnlyOnTheJdkAndThemselves() {
    classes()
        .that()
        .resideInAPackage("org.mcportal.rules..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.mcportal.rules..")
        .check(rules);
  }

  @Test
  void rulesDoNotReadTheClock() {
    noClasses()
        .that()
        .resideInAPackage("org.mcportal.rules..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .because("the time is an input, so outcomes can be recomputed and tested")
        .check(rules);
  }
}
