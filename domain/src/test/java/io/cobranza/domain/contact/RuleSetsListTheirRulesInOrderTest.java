package io.cobranza.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.configurable.ConfigurableRuleSet;
import io.cobranza.domain.contact.ukconc.FcaConc7;
import io.cobranza.domain.contact.usregf.RegulationF;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule set's policies, rule by rule, in the order their reasons are reported: the rule sets
 * are built from {@link io.cobranza.domain.contact.policy.BaselinePolicies} by position, so a rule
 * named for one policy but given to another (or a reordered list) shows here.
 */
class RuleSetsListTheirRulesInOrderTest {

  private static List<String> rulesOf(ContactRules rules) {
    return rules.policies().stream()
        .map(p -> p.rule().id() + " " + p.getClass().getSimpleName())
        .toList();
  }

  @Test
  void regulationFListsItsRulesWithTheirPolicies() {
    assertThat(rulesOf(RegulationF.rules()))
        .containsExactly(
            "gate.known-debts KnownDebtsPolicy",
            "gate.known-address KnownAddressPolicy",
            "regf.attorney AttorneyRepresentationPolicy",
            "regf.cease CeasePolicy",
            "regf.dispute DisputePolicy",
            "regf.opt-out OptedOutAddressPolicy",
            "regf.prohibited-medium ProhibitedMediumPolicy",
            "regf.work-email WorkEmailPolicy",
            "regf.place-of-employment WorkplacePolicy",
            "case.hold CaseHoldPolicy",
            "moratorium MoratoriumPolicy",
            "platform.vulnerable-escalation VulnerableEscalationPolicy",
            "regf.convenient-hours ContactHoursPolicy",
            "regf.inconvenient-times InconvenientTimesPolicy",
            "regf.inconvenient-places InconvenientPlacesPolicy",
            "regf.location-contact LocationContactPolicy",
            "regf.call-frequency ContactCapPolicy",
            "regf.conversation-frequency ConversationCooldownPolicy",
            "regf.call-concentration CallConcentrationPolicy",
            "regf.message-content MessageContentPolicy");
  }

  @Test
  void conc7ListsItsRulesWithTheirPolicies() {
    assertThat(rulesOf(FcaConc7.rules()))
        .containsExactly(
            "gate.known-debts KnownDebtsPolicy",
            "gate.known-address KnownAddressPolicy",
            "conc.dispute DisputePolicy",
            "conc.debt-advice-hold CaseHoldPolicy",
            "conc.mental-capacity CaseHoldPolicy",
            "moratorium MoratoriumPolicy",
            "conc.vulnerable-escalation VulnerableEscalationPolicy",
            "case.hold CaseHoldPolicy",
            "conc.cease CeasePolicy",
            "conc.opt-out OptedOutAddressPolicy",
            "conc.prohibited-medium ProhibitedMediumPolicy",
            "conc.work-email WorkEmailPolicy",
            "conc.workplace WorkplacePolicy",
            "conc.unreasonable-times ContactHoursPolicy",
            "conc.customer-times InconvenientTimesPolicy",
            "conc.customer-places InconvenientPlacesPolicy",
            "conc.location-contact LocationContactPolicy",
            "conc.message-content MessageContentPolicy");
  }

  @Test
  void anOperatorsRuleSetStartsWithTheBaselineUnderItsOwnNames() {
    var spec = new ConfigurableRuleSet("X", "src", List.of("Europe/Madrid"), List.of(), null);
    assertThat(rulesOf(spec.toRules()))
        .containsExactly(
            "baseline.known-debts KnownDebtsPolicy",
            "baseline.known-address KnownAddressPolicy",
            "baseline.attorney AttorneyRepresentationPolicy",
            "baseline.cease CeasePolicy",
            "baseline.dispute DisputePolicy",
            "baseline.opt-out OptedOutAddressPolicy",
            "baseline.prohibited-medium ProhibitedMediumPolicy",
            "baseline.work-email WorkEmailPolicy",
            "baseline.workplace WorkplacePolicy",
            "baseline.hold CaseHoldPolicy",
            "baseline.moratorium MoratoriumPolicy",
            "baseline.vulnerable-escalation VulnerableEscalationPolicy",
            "baseline.inconvenient-times InconvenientTimesPolicy",
            "baseline.inconvenient-places InconvenientPlacesPolicy",
            "baseline.location-contact LocationContactPolicy",
            "baseline.message-content MessageContentPolicy");
  }
}
