package io.cobranza.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of docs/architecture.md, checked on the compiled classes of every module.
 * The module graph and the import-control check of domain and application come first; these rules
 * also catch what imports cannot show (fully qualified names, reflection-free calls to the clock).
 */
class ArchitectureTest {
  static final String ROOT = "io.cobranza";

  private static JavaClasses cobranza;

  @BeforeAll
  static void importClasses() {
    cobranza =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::isCobranzaMainCode)
            .importPackages("io.cobranza");
  }

  /** The modules' main classes, as directories (IDE, reactor) or as their jars (not test-jars). */
  private static boolean isCobranzaMainCode(com.tngtech.archunit.core.importer.Location location) {
    if (!location.isArchive()) {
      return true;
    }
    var uri = location.asURI().toString();
    return uri.matches(".*/cobranza-[a-z-]+-[0-9][^/]*\\.jar.*") && !uri.contains("-tests.jar");
  }

  @Test
  void domainDependsOnJavaOnly() {
    domainDependsOnJavaOnly(ROOT).check(cobranza);
  }

  static ArchRule domainDependsOnJavaOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.jspecify.annotations..", root + ".domain..")
        .as("domain-depends-on-java-only: the domain depends on java.* and jspecify only")
        .because("docs/architecture.md: the domain is pure Java, free of every framework");
  }

  @Test
  void applicationDependsOnDomainOnly() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage("io.cobranza.application..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "java..",
                "org.jspecify.annotations..",
                "io.cobranza.domain..",
                "io.cobranza.application..")
            .as("application-depends-on-domain-only: use cases see the domain and java.* only")
            .because("docs/architecture.md: frameworks stay in adapters and deploy");
    rule.check(cobranza);
  }

  @Test
  void adaptersNeverDependOnEachOther() {
    adaptersNeverDependOnEachOther(ROOT).check(cobranza);
  }

  static ArchRule adaptersNeverDependOnEachOther(String root) {
    return slices()
        .matching(root + ".adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                root + ".adapters.documents.."))
        .as("adapters-never-depend-on-each-other (documents is the one shared adapter)")
        .because("docs/architecture.md: only deploy wires adapters together");
  }

  @Test
  void onlyDeployDependsOnAdapters() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("io.cobranza.domain..", "io.cobranza.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.cobranza.adapters..", "io.cobranza.deploy..")
            .as("inner-layers-never-see-adapters: domain and application do not know adapters")
            .because("docs/architecture.md: dependencies point inward only");
    rule.check(cobranza);
  }

  @Test
  void domainAndApplicationNeverReadTheClockOrRandomness() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage("io.cobranza.domain..", "io.cobranza.application..")
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.LocalDateTime.class, "now")
            .orShould()
            .callMethod(java.time.ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Math.class, "random")
            .orShould()
            .callMethod(java.util.UUID.class, "randomUUID")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .callMethod(java.time.Clock.class, "systemUTC")
            .orShould()
            .callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(java.util.concurrent.ThreadLocalRandom.class, "current")
            .orShould()
            .callConstructor(java.util.Random.class)
            .orShould()
            .callConstructor(java.util.Random.class, long.class)
            .orShould()
            .callConstructor(java.security.SecureRandom.class)
            .as("time-and-randomness-are-inputs: no wall clock or unseeded randomness inside")
            .because("docs/architecture.md: a Clock and a seed are passed in, so runs replay");
    rule.check(cobranza);
  }

  @Test
  void onlyTheSimulatedWorldReadsTheHiddenTraits() {
    hiddenTraitsStayInTheSimulator().check(cobranza);
  }

  static ArchRule hiddenTraitsStayInTheSimulator() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("io.cobranza.adapters.simulation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cobranza.adapters.simulation.world..")
        .as(
            "only-the-simulator-sees-hidden-traits: simulated debtors' traits stay in"
                + " adapters/simulation")
        .because(
            "the platform must learn about a simulated debtor only from what it observes, as"
                + " in production (issue 6)");
  }

  @Test
  void aSimulatedStrategyDecidesFromObservationsOnly() {
    strategiesSeeObservationsOnly().check(cobranza);
  }

  static ArchRule strategiesSeeObservationsOnly() {
    return noClasses()
        .that()
        .implement(io.cobranza.adapters.simulation.run.Strategy.class)
        .or()
        .belongToAnyOf(io.cobranza.adapters.simulation.run.Observation.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.cobranza.adapters.simulation.world..")
        .as("strategies-see-observations: a strategy never reads a simulated debtor's traits")
        .because("a strategy that peeked would prove nothing about production (issue 6)");
  }

  @Test
  void onlyTheScoringAdapterSeesTribuo() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage("io.cobranza.adapters.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.tribuo..", "ml.dmlc..")
            .as(
                "only-scoring-sees-tribuo: models are trained and scored in adapters/scoring-tribuo")
            .because("STYLE.md: only scoring sees Tribuo; the others see scores and reasons");
    rule.check(cobranza);
  }

  @Test
  void workflowsSeeTheApplicationAndTemporalButNoAdapter() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.cobranza.workflows..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.cobranza.adapters..", "io.cobranza.deploy..")
            .as("workflows-never-see-adapters: the workflows reach the world through ports")
            .because("docs/architecture.md: activities call application use cases, deploy wires");
    rule.check(cobranza);
  }

  @Test
  void workflowCodeReadsTimeAndRandomnessOnlyThroughTemporal() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("io.cobranza.workflows..")
            .and()
            .haveSimpleNameEndingWith("WorkflowImpl")
            .should()
            .callMethod(java.time.Instant.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .callMethod(java.util.UUID.class, "randomUUID")
            .orShould()
            .callConstructor(java.util.Random.class)
            .orShould()
            .callMethod(Thread.class, "sleep", long.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.concurrent..")
            .as("workflow-code-is-deterministic: time, randomness and waiting through Workflow.*")
            .because("docs/workflows.md: a workflow replays its history and must decide the same");
    rule.check(cobranza);
  }
}
