package org.mcportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcportal.platform.ClockProducer;

/**
 * The shape of the house, as docs/architecture.md draws it: features talk through their services, a
 * feature's pages sit above it, nothing reaches into another feature's entities, and time comes
 * from one place. Each rule names the reason it exists, so a failure explains itself.
 */
class FeatureBoundariesTest {

  private static final Pattern FEATURE =
      Pattern.compile("org\\.mcportal\\.(\\w+)(\\.pages)?(\\..*)?");

  private static JavaClasses portal;

  @BeforeAll
  static void importThePortal() {
    portal =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mcportal");
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices()
        .assignedFrom(featuresWithTheirPagesAbove())
        .should()
        .beFreeOfCycles()
        .because("arrows run one way: pages to feature services to the rules core")
        .check(portal);
  }

  @Test
  void entitiesAreUsedOnlyInsideTheirOwnPackage() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(beReachedOnlyFromTheirOwnPackage())
        .because("pages and other features go through the owning feature's services")
        .check(portal);
  }

  @Test
  void pageResourcesAreReachedOnlyFromTheirOwnFeaturesPages() {
    classes()
        .that()
        .resideInAPackage("org.mcportal.*.pages..")
        .should(beReachedOnlyFromTheirOwnPackage())
        .because("a feature's pages are its own; other features link to them by URL, not by type")
        .check(portal);
  }

  @Test
  void onlyTheClockProducerReadsTheSystemClock() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(ClockProducer.class)
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callConstructor(Date.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .because("the time is injected, so that tests can set it and every node agrees on it")
        .check(portal);
  }

  /**
   * One slice per feature, and one more above it for the feature's pages: the page kit in {@code
   * web} reads the signed-in caller from {@code identity}, and the identity pages use the kit,
   * which is a layering, not a cycle.
   */
  private static SliceAssignment featuresWithTheirPagesAbove() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        Matcher matcher = FEATURE.matcher(javaClass.getPackageName());
        if (!matcher.matches()) {
          return SliceIdentifier.ignore();
        }
        String feature = matcher.group(1);
        return SliceIdentifier.of(matcher.group(2) == null ? feature : feature + ".pages");
      }

      @Override
      public String getDescription() {
        return "features of org.mcportal, each feature's pages as a slice of their own";
      }
    };
  }

  private static ArchCondition<JavaClass> beReachedOnlyFromTheirOwnPackage() {
    return new ArchCondition<>("be reached only from their own package") {
      @Override
      public void check(JavaClass target, ConditionEvents events) {
        for (Dependency dependency : target.getDirectDependenciesToSelf()) {
          JavaClass origin = dependency.getOriginClass();
          if (!samePackage(origin, target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static boolean samePackage(JavaClass origin, JavaClass target) {
    return origin.getPackageName().equals(target.getPackageName());
  }
}
