package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.NOW;
import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.fakes.RacingCases;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.protocol.WorkQueue;
import io.cobranza.domain.treatment.Command;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeepingTreatmentRecordTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void savingATreatmentKeepsTheStoredAccountsAndTakesTheWorkflowsStepHoldsAndStatus() {
    var cases = world.cases;
    var asTheWorkflowStartedIt = aCase().build();
    cases.save(asTheWorkflowStartedIt);
    // The ledger moved on since: a payment lowered the balance.
    var paidDown = anAccount().withId("A-1").withBalance("100.00", "USD").build();
    var stored =
        cases.find(asTheWorkflowStartedIt.id()).orElseThrow().withAccounts(List.of(paidDown));
    cases.save(stored);
    var treated =
        asTheWorkflowStartedIt
            .atStep("email-reminder")
            .placeHold(new Hold(HoldKind.DISPUTE, NOW, null, "disputed"));

    var saved = world.records().saveTreatment(treated);

    assertThat(saved.currentStep()).isEqualTo("email-reminder");
    assertThat(saved.hasActiveHold(HoldKind.DISPUTE, NOW)).isTrue();
    assertThat(saved.accounts()).isEqualTo(List.of(paidDown));
    assertThat(saved.version()).isEqualTo(3);
  }

  @Test
  void savingATreatmentOfACaseNoOneStoredCreatesIt() {
    var treated = aCase().build().atStep("sms-reminder");

    world.records().saveTreatment(treated);

    assertThat(world.cases.find(treated.id()))
        .get()
        .extracting(CollectionCase::currentStep)
        .isEqualTo("sms-reminder");
  }

  @Test
  void aSaveThatLosesARaceIsTriedAgainOnTheFreshCaseAndAPersistentRaceIsAClearError() {
    var stored = aCase().build();
    world.cases.save(stored);
    var racing = new RacingCases(world.cases, 2);
    var saved = world.records(racing).saveTreatment(stored.atStep("wait-3d"));
    assertThat(saved.currentStep()).isEqualTo("wait-3d");
    assertThat(racing.lost()).isEqualTo(2);

    var hopeless = new RacingCases(world.cases, Integer.MAX_VALUE);
    assertThatThrownBy(() -> world.records(hopeless).saveTreatment(stored.atStep("wait-4d")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(stored.id().toString())
        .hasMessageContaining("try again");
  }

  @Test
  void refusalsAndDeferralsGoToTheAuditTrailWithTheirRules() {
    var records = world.records();
    var rule = new RuleRef("us.regf.inconvenient-time", "12 CFR 1006.6(b)(1)(i)");
    records.record(
        new CaseId("C-1"),
        new Command.RecordDeferral(
            "sms-reminder",
            new ContactDecision.Deferred(
                NOW.plusSeconds(3600), List.of(rule), "outside the hours")));

    assertThat(world.audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo(AuditEntry.PLATFORM);
          assertThat(e.action()).isEqualTo("contact.deferred");
          assertThat(e.after()).contains("sms-reminder", "1006.6(b)(1)(i)", "outside the hours");
        });
    assertThatThrownBy(() ->
            records.record(new CaseId("C-1"), new Command.HandOff(WorkQueue.AGENT, "why", "k")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("command");
  }

  @Test
  void aManagersActionIsOnTheTrailUnderTheirNameWithTheTreatmentBeforeAndAfter() {
    world
        .records()
        .recordManagerAction(
            new CaseId("C-1"),
            "manager-1",
            "case.paused",
            "protocol early v1, step sms-reminder, OPEN",
            "protocol early v1, step sms-reminder, OPEN, holds MANAGER_PAUSE");

    assertThat(world.audit.about("case", "C-1"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("manager-1");
          assertThat(e.at()).isEqualTo(NOW);
          assertThat(e.action()).isEqualTo("case.paused");
          assertThat(e.before()).doesNotContain("MANAGER_PAUSE");
          assertThat(e.after()).endsWith("holds MANAGER_PAUSE");
        });
  }
}
