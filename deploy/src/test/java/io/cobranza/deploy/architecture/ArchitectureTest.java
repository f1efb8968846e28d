package io.cobranza.deploy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import io.temporal.activity.ActivityInterface;
import io.temporal.workflow.WorkflowInterface;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of docs/architecture.md, checked on the compiled classes of every module.
 * The module graph and the import-control check of domain and application come first; these rules
 * also catch what imports cannot show (fully qualified names, reflection-free calls to the clock).
 * Each rule is built for a root package, so that {@link ArchitectureRulesBiteTest} can show it
 * failing on deliberately broken code.
 */
class ArchitectureTest {
  static final String ROOT = "io.cobranza";

  /**
   * A {@code now()} of any java.time type that is not given a {@link java.time.Clock}: {@code
   * Instant.now()}, {@code LocalDate.now(zone)} and the like read the wall clock.
   */
  static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK =
      DescribedPredicate.describe(
          "read the wall clock (a java.time now() without a Clock)",
          call -> {
            var target = call.getTarget();
            return target.getOwner().getPackageName().equals("java.time")
                && target.getName().equals("now")
                && target.getRawParameterTypes().stream()
                    .noneMatch(type -> type.isEquivalentTo(java.time.Clock.class));
          });

  /**
   * Reading the wall clock or unseeded randomness: forbidden in domain and application (a {@code
   * Clock} and a seed are passed in) and in every class that runs inside a workflow.
   */
  static final ArchCondition<JavaClass> READ_THE_CLOCK_OR_UNSEEDED_RANDOMNESS =
      ArchConditions.callMethodWhere(READS_THE_WALL_CLOCK)
          .or(ArchConditions.callMethod(java.time.Clock.class, "systemUTC"))
          .or(ArchConditions.callMethod(java.time.Clock.class, "systemDefaultZone"))
          .or(ArchConditions.callMethod(java.time.Clock.class, "system", java.time.ZoneId.class))
          .or(ArchConditions.callMethod(System.class, "currentTimeMillis"))
          .or(ArchConditions.callMethod(System.class, "nanoTime"))
          .or(ArchConditions.callMethod(Math.class, "random"))
          .or(ArchConditions.callMethod(java.util.UUID.class, "randomUUID"))
          .or(ArchConditions.callMethod(java.util.concurrent.ThreadLocalRandom.class, "current"))
          .or(ArchConditions.callConstructor(java.util.Random.class))
          .or(ArchConditions.callConstructor(java.util.Random.class, long.class))
          .or(ArchConditions.callConstructor(java.security.SecureRandom.class));

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
    applicationDependsOnDomainOnly(ROOT).check(cobranza);
  }

  static ArchRule applicationDependsOnDomainOnly(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.jspecify.annotations..", root + ".domain..", root + ".application..")
        .as("application-depends-on-domain-only: use cases see the domain and java.* only")
        .because("docs/architecture.md: frameworks stay in adapters and deploy");
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
            DescribedPredicate.alwaysTrue(),
            JavaClass.Predicates.resideInAPackage(root + ".adapters.documents.."))
        .as("adapters-never-depend-on-each-other (documents is the one shared adapter)")
        .because("docs/architecture.md: only deploy wires adapters together");
  }

  @Test
  void innerLayersNeverSeeAdapters() {
    innerLayersNeverSeeAdapters(ROOT).check(cobranza);
  }

  static ArchRule innerLayersNeverSeeAdapters(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".adapters..", root + ".deploy..")
        .as("inner-layers-never-see-adapters: domain and application do not know adapters")
        .because("docs/architecture.md: dependencies point inward only");
  }

  @Test
  void persistenceIsReachedThroughItsConfigurationOnly() {
    persistenceIsReachedThroughItsConfiguration(ROOT).check(cobranza);
  }

  static ArchRule persistenceIsReachedThroughItsConfiguration(String root) {
    var persistence = root + ".adapters.persistence";
    return noClasses()
        .that()
        .resideOutsideOfPackage(persistence + "..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "belong to the persistence adapter but are not its PersistenceConfiguration",
                (JavaClass c) ->
                    (c.getPackageName().equals(persistence)
                            || c.getPackageName().startsWith(persistence + "."))
                        && !c.getSimpleName().equals("PersistenceConfiguration")))
        .as(
            "persistence-is-reached-through-its-configuration: outside the adapter only"
                + " PersistenceConfiguration is used")
        .because(
            "docs/persistence.md: the repositories are public only so that the configuration can"
                + " build them; the rest of the platform sees the application's ports");
  }

  @Test
  void domainAndApplicationNeverReadTheClockOrRandomness() {
    timeAndRandomnessAreInputs(ROOT).check(cobranza);
  }

  static ArchRule timeAndRandomnessAreInputs(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(root + ".domain..", root + ".application..")
        .should(READ_THE_CLOCK_OR_UNSEEDED_RANDOMNESS)
        .as("time-and-randomness-are-inputs: no wall clock or unseeded randomness inside")
        .because("docs/architecture.md: a Clock and a seed are passed in, so runs replay");
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
    onlyScoringSeesTribuo(ROOT).check(cobranza);
  }

  static ArchRule onlyScoringSeesTribuo(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".adapters.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.tribuo..", "ml.dmlc..")
        .as("only-scoring-sees-tribuo: models are trained and scored in adapters/scoring-tribuo")
        .because("STYLE.md: only scoring sees Tribuo; the others see scores and reasons");
  }

  @Test
  void workflowsSeeTheApplicationAndTemporalButNoAdapter() {
    workflowsNeverSeeAdapters(ROOT).check(cobranza);
  }

  static ArchRule workflowsNeverSeeAdapters(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".workflows..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".adapters..", root + ".deploy..")
        .as("workflows-never-see-adapters: the workflows reach the world through ports")
        .because("docs/architecture.md: activities call application use cases, deploy wires");
  }

  @Test
  void workflowCodeReadsTimeAndRandomnessOnlyThroughTemporal() {
    workflowCodeIsDeterministic(cobranza, ROOT).check(cobranza);
  }

  /** What the determinism rule covers, named so that a change that shrinks it shows here. */
  @Test
  void theDeterminismRuleCoversEveryClassThatRunsInsideAWorkflow() {
    var inside = runInsideAWorkflow(cobranza, ROOT);
    assertThat(inside)
        .as("classes the determinism rule checks")
        .contains(
            "io.cobranza.domain.treatment.ProtocolEngine",
            "io.cobranza.domain.contact.ContactGate",
            "io.cobranza.domain.payment.PaymentPlan")
        .anyMatch(name -> name.endsWith(".PaymentPlans"))
        .anyMatch(name -> name.endsWith(".CaseInbox"))
        .anyMatch(name -> name.endsWith(".CaseCommands"))
        .anyMatch(name -> name.endsWith(".Narration"))
        .anyMatch(name -> name.endsWith(".PortfolioRefreshWorkflowImpl"))
        .noneMatch(name -> name.endsWith("ActivitiesImpl"))
        .noneMatch(name -> name.endsWith(".TemporalCaseOrchestrator"))
        .noneMatch(name -> name.startsWith("io.cobranza.adapters."));
  }

  static ArchRule workflowCodeIsDeterministic(JavaClasses classes, String root) {
    var inside = runInsideAWorkflow(classes, root);
    return noClasses()
        .that(
            DescribedPredicate.describe(
                "run inside a workflow", (JavaClass c) -> inside.contains(c.getName())))
        .should(
            READ_THE_CLOCK_OR_UNSEEDED_RANDOMNESS
                .or(ArchConditions.callMethod(Thread.class, "sleep", long.class))
                .or(
                    ArchConditions.dependOnClassesThat(
                        JavaClass.Predicates.resideInAnyPackage("java.util.concurrent.."))))
        .as("workflow-code-is-deterministic: time, randomness and waiting through Workflow.*")
        .because("docs/workflows.md: a workflow replays its history and must decide the same");
  }

  /**
   * The names of the classes that run inside a workflow: every implementation of a workflow
   * interface, and every class of the workflows, the application or the domain that one of them
   * reaches through its dependencies, or that implements or extends a type it reaches (the gate's
   * rule sets behind its rule book, say). An activity's implementation is not among them: the
   * workflow reaches its interface through a stub, and it runs in an activity thread. Adapters are
   * not either: what a workflow reaches of them, it reaches through activities.
   */
  static Set<String> runInsideAWorkflow(JavaClasses classes, String root) {
    var inner = Set.of(root + ".workflows", root + ".application", root + ".domain");
    var todo = new ArrayDeque<JavaClass>();
    for (var c : classes) {
      if (c.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith(WorkflowInterface.class))
          && !c.isInterface()) {
        todo.add(c);
      }
    }
    var inside = new HashSet<String>();
    while (!todo.isEmpty()) {
      var c = todo.poll();
      if (inner.stream()
              .noneMatch(
                  p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + "."))
          || isActivityImplementation(c)
          || !inside.add(c.getName())) {
        continue;
      }
      for (var dependency : c.getDirectDependenciesFromSelf()) {
        todo.add(dependency.getTargetClass().getBaseComponentType());
      }
      todo.addAll(c.getAllSubclasses());
    }
    return inside;
  }

  private static boolean isActivityImplementation(JavaClass c) {
    return !c.isInterface()
        && c.getAllRawInterfaces().stream()
            .anyMatch(i -> i.isAnnotatedWith(ActivityInterface.class));
  }
}
