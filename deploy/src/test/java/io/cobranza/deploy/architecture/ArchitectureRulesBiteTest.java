package io.cobranza.deploy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.cobranza.archfixture.adapters.alpha.AlphaAdapter;
import io.cobranza.archfixture.adapters.alpha.ModelPeekingAdapter;
import io.cobranza.archfixture.adapters.beta.BetaAdapter;
import io.cobranza.archfixture.adapters.documents.SharedDocument;
import io.cobranza.archfixture.adapters.persistence.InternalRepository;
import io.cobranza.archfixture.adapters.persistence.PersistenceConfiguration;
import io.cobranza.archfixture.application.AdapterAwareUseCase;
import io.cobranza.archfixture.application.FrameworkUseCase;
import io.cobranza.archfixture.deploy.ReachingInWiring;
import io.cobranza.archfixture.domain.ClockReadingPolicy;
import io.cobranza.archfixture.domain.ImpureDomainClass;
import io.cobranza.archfixture.workflows.AdapterAwareWorkflowCode;
import io.cobranza.archfixture.workflows.ClockActivities;
import io.cobranza.archfixture.workflows.ClockActivitiesImpl;
import io.cobranza.archfixture.workflows.WallClockWorkflow;
import io.cobranza.archfixture.workflows.WallClockWorkflowImpl;
import io.cobranza.archfixture.workflows.WorkflowCalendar;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on code that breaks it (test fixtures in io.cobranza.archfixture),
 * so that no rule passes by checking nothing.
 */
class ArchitectureRulesBiteTest {
  private static final String FIXTURE_ROOT = "io.cobranza.archfixture";

  private static String violations(ArchRule rule, JavaClasses classes) {
    var result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    return result.getFailureReport().toString();
  }

  @Test
  void adaptersRuleFailsWhenOneAdapterUsesAnotherButNotForDocuments() {
    var classes =
        new ClassFileImporter()
            .importClasses(AlphaAdapter.class, BetaAdapter.class, SharedDocument.class);
    var result = ArchitectureTest.adaptersNeverDependOnEachOther(FIXTURE_ROOT).evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("BetaAdapter"))
        .noneMatch(line -> line.contains("SharedDocument"));
  }

  @Test
  void aStrategyThatPeeksAtHiddenTraitsBreaksBothSimulatorRules() {
    var classes =
        new ClassFileImporter().importClasses(io.cobranza.archfixture.PeekingStrategy.class);
    for (var rule :
        java.util.List.of(
            ArchitectureTest.hiddenTraitsStayInTheSimulator(),
            ArchitectureTest.strategiesSeeObservationsOnly())) {
      assertThat(violations(rule, classes)).contains("PeekingStrategy").contains("Traits");
    }
  }

  @Test
  void domainRuleFailsOnASpringAnnotationAndNamesTheRule() {
    var classes = new ClassFileImporter().importClasses(ImpureDomainClass.class);
    assertThat(violations(ArchitectureTest.domainDependsOnJavaOnly(FIXTURE_ROOT), classes))
        .contains("domain-depends-on-java-only")
        .contains("org.springframework.stereotype.Component");
  }

  @Test
  void applicationRuleFailsOnASpringAnnotation() {
    var classes = new ClassFileImporter().importClasses(FrameworkUseCase.class);
    assertThat(violations(ArchitectureTest.applicationDependsOnDomainOnly(FIXTURE_ROOT), classes))
        .contains("application-depends-on-domain-only")
        .contains("org.springframework.stereotype.Service");
  }

  @Test
  void innerLayersRuleFailsWhenAUseCaseCallsAnAdapter() {
    var classes =
        new ClassFileImporter().importClasses(AdapterAwareUseCase.class, BetaAdapter.class);
    assertThat(violations(ArchitectureTest.innerLayersNeverSeeAdapters(FIXTURE_ROOT), classes))
        .contains("AdapterAwareUseCase")
        .contains("BetaAdapter");
  }

  @Test
  void persistenceRuleFailsWhenTheWiringReachesPastTheConfiguration() {
    var classes =
        new ClassFileImporter()
            .importClasses(
                ReachingInWiring.class, InternalRepository.class, PersistenceConfiguration.class);
    assertThat(
            violations(
                ArchitectureTest.persistenceIsReachedThroughItsConfiguration(FIXTURE_ROOT),
                classes))
        .contains("persistence-is-reached-through-its-configuration")
        .contains("InternalRepository")
        .doesNotContain("PersistenceConfiguration.<init>");
  }

  @Test
  void timeRuleFailsWhenARuleReadsTheWallClock() {
    var classes = new ClassFileImporter().importClasses(ClockReadingPolicy.class);
    assertThat(violations(ArchitectureTest.timeAndRandomnessAreInputs(FIXTURE_ROOT), classes))
        .contains("time-and-randomness-are-inputs")
        .contains("ClockReadingPolicy")
        .contains("Instant.now()");
  }

  @Test
  void tribuoRuleFailsWhenAnotherAdapterHandlesAModel() {
    var classes = new ClassFileImporter().importClasses(ModelPeekingAdapter.class);
    assertThat(violations(ArchitectureTest.onlyScoringSeesTribuo(FIXTURE_ROOT), classes))
        .contains("ModelPeekingAdapter")
        .contains("org.tribuo.Model");
  }

  @Test
  void workflowsRuleFailsWhenWorkflowCodeCallsAnAdapter() {
    var classes =
        new ClassFileImporter().importClasses(AdapterAwareWorkflowCode.class, BetaAdapter.class);
    assertThat(violations(ArchitectureTest.workflowsNeverSeeAdapters(FIXTURE_ROOT), classes))
        .contains("AdapterAwareWorkflowCode")
        .contains("BetaAdapter");
  }

  @Test
  void determinismRuleFailsOnAHelperTheWorkflowCallsAndLeavesItsActivityAlone() {
    var classes =
        new ClassFileImporter()
            .importClasses(
                WallClockWorkflow.class,
                WallClockWorkflowImpl.class,
                WorkflowCalendar.class,
                ClockActivities.class,
                ClockActivitiesImpl.class);
    assertThat(ArchitectureTest.runInsideAWorkflow(classes, FIXTURE_ROOT))
        .contains(WallClockWorkflowImpl.class.getName(), WorkflowCalendar.class.getName())
        .doesNotContain(ClockActivitiesImpl.class.getName());
    var report =
        violations(ArchitectureTest.workflowCodeIsDeterministic(classes, FIXTURE_ROOT), classes);
    assertThat(report)
        .contains("workflow-code-is-deterministic")
        .contains("WorkflowCalendar")
        .contains("LocalDate.now(")
        .doesNotContain("ClockActivitiesImpl");
  }
}
