package io.cobranza.domain.contact.configurable;

import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.local;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet.Cap;
import io.cobranza.domain.contact.policy.CapScope;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorRulesCannotSwitchARegulationOffTest {
  private static ConfigurableRuleSet lenient(String capId) {
    // No contact hours at all, and a generous cap: on its own it would allow a 06:00 call.
    return new ConfigurableRuleSet(
        "Lenient",
        "a careless operator",
        List.of("America/Chicago"),
        List.of(new Cap(capId, Set.of(Channel.VOICE), 50, 7, null, CapScope.PER_DEBT, null)),
        null);
  }

  @Test
  void anOperatorRuleSetRegisteredForTheUsOrAStateIsAddedToRegulationFNotSubstitutedForIt() {
    var spec = lenient("acme.calls");
    assertThat(spec.validate()).isEmpty();
    var gate =
        new ContactGate(
            StandardRuleBook.withOperatorRules(
                Map.of(Jurisdiction.US, spec.toRules(), Jurisdiction.of("US-TX"), spec.toRules())));
    var sixAm = local("2026-04-07T06:00", "America/Chicago");

    for (var where : List.of("US", "US-TX")) {
      var debtor = aDebtor().inJurisdiction(Jurisdiction.of(where)).build();
      assertThatDecision(
              gate.decide(debtor, aCase().build(), ContactHistory.empty(), call(), sixAm))
          .isDeferredUntil(local("2026-04-07T08:00", "America/Chicago"));
    }
  }

  @Test
  void aCapCannotTakeTheIdOfARegulationsRule() {
    assertThat(lenient("regf.call-frequency").validate())
        .extracting(ConfigurableRuleSet.SpecError::field)
        .containsExactly("caps[0].id");
    assertThat(lenient("conc.dispute").validate()).isNotEmpty();
    assertThat(lenient("moratorium").validate()).isNotEmpty();
  }
}
