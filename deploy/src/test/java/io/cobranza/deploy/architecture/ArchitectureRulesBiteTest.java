package io.cobranza.deploy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.cobranza.archfixture.adapters.alpha.AlphaAdapter;
import io.cobranza.archfixture.adapters.beta.BetaAdapter;
import io.cobranza.archfixture.adapters.documents.SharedDocument;
import io.cobranza.archfixture.domain.ImpureDomainClass;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on code that breaks it (test fixtures in io.cobranza.archfixture).
 */
class ArchitectureRulesBiteTest {
  private static final String FIXTURE_ROOT = "io.cobranza.archfixture";

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
      var result = rule.evaluate(classes);
      assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
      assertThat(result.getFailureReport().toString())
          .contains("PeekingStrategy")
          .contains("Traits");
    }
  }

  @Test
  void domainRuleFailsOnASpringAnnotationAndNamesTheRule() {
    var classes = new ClassFileImporter().importClasses(ImpureDomainClass.class);
    var result = ArchitectureTest.domainDependsOnJavaOnly(FIXTURE_ROOT).evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("domain-depends-on-java-only")
        .contains("org.springframework.stereotype.Component");
  }
}
