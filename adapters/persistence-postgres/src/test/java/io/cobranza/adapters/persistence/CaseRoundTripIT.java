package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.collection.Cases.SaveResult;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.AttorneyRepresentation;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.collection.Hold;
import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.segment.SegmentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseRoundTripIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Cases cases = DATABASE.persistence().cases();

  private static CollectionCase saved(SaveResult result) {
    assertThat(result).isInstanceOf(SaveResult.Saved.class);
    return ((SaveResult.Saved) result).collectionCase();
  }

  @Test
  void aCaseWithHoldsAndRichAccountsIsReadBackEqualAtVersionOne() {
    DATABASE.persistence().debtors().save(aDebtor().withId("D-rich").build());
    var history =
        Delinquency.observed(LocalDate.of(2026, 9, 1), 5)
            .advanceTo(LocalDate.of(2026, 10, 1), 35)
            .advanceTo(LocalDate.of(2026, 11, 1), 65);
    var disputed =
        anAccount()
            .withId("A-rich-1")
            .ofDebtor("D-rich")
            .withBalance("1234.56", "USD")
            .withMinimumDue("0.00", "USD")
            .withNextDueOn(null)
            .withDelinquency(history)
            .representedBy(
                new AttorneyRepresentation(
                    "Saul Goodman", "+15055550100", Instant.parse("2026-10-15T14:00:00Z")))
            .withDispute(
                new Dispute(
                    Instant.parse("2026-10-20T09:00:00Z"),
                    true,
                    Instant.parse("2026-10-25T09:00:00Z"),
                    null,
                    "a late fee of 35.00 USD"))
            .withValidationNoticeSentOn(LocalDate.of(2026, 9, 3))
            .build();
    var plain = anAccount().withId("A-rich-2").ofDebtor("D-rich").build();
    var collectionCase =
        aCase()
            .withId("C-rich")
            .ofDebtor("D-rich")
            .withAccounts(List.of(disputed, plain))
            .withHold(
                new Hold(
                    HoldKind.DISPUTE,
                    Instant.parse("2026-10-20T09:00:00Z"),
                    null,
                    "written dispute"))
            .withHold(
                new Hold(
                    HoldKind.MANAGER_PAUSE,
                    Instant.parse("2026-11-01T00:00:00Z"),
                    Instant.parse("2026-11-08T00:00:00Z"),
                    "complaint under review"))
            .build()
            .assign(SegmentId.of("late-high-risk"), "late-stage", 3)
            .atStep("first-call");

    var stored = saved(cases.save(collectionCase));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(cases.find(CaseId.of("C-rich"))).contains(stored);
    assertThat(stored.accounts().getFirst().delinquency().transitions()).hasSize(2);
  }

  @Test
  void aClosedCaseKeepsItsReasonAndIsNoLongerFoundByItsAccount() {
    var open = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-closing", "C-closing", "A-cl");
    assertThat(cases.findOpenByAccount(AccountId.of("A-cl"))).contains(open);

    var closed = saved(cases.save(open.close("paid in full")));

    assertThat(cases.find(open.id())).contains(closed);
    assertThat(closed.version()).isEqualTo(2);
    assertThat(cases.findOpenByAccount(AccountId.of("A-cl"))).isEmpty();
  }

  @Test
  void aLaterStageTransitionIsAppendedAndAPaymentLowersTheBalance() {
    var first = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-rolls", "C-rolls", "A-rolls");
    var account = first.accounts().getFirst();
    var rolled =
        account
            .withDelinquency(account.delinquency().advanceTo(LocalDate.of(2026, 12, 1), 65))
            .withBalance(account.balance().minus(Money.of("100.00", "USD")));

    var second = saved(cases.save(first.withAccounts(List.of(rolled))));

    assertThat(cases.find(first.id())).contains(second);
    assertThat(second.accounts().getFirst().delinquency().transitions()).hasSize(1);
  }

  @Test
  void aStageHistoryThatLostTransitionsIsRefusedAndNothingIsWritten() {
    var first = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-hist", "C-hist", "A-hist");
    var account = first.accounts().getFirst();
    var rolled =
        saved(
            cases.save(
                first.withAccounts(
                    List.of(
                        account.withDelinquency(
                            account.delinquency().advanceTo(LocalDate.of(2026, 12, 1), 65))))));

    var rewritten = rolled.withAccounts(List.of(account)).atStep("rewritten");

    assertThatThrownBy(() -> cases.save(rewritten))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("append-only");
    assertThat(cases.find(first.id())).contains(rolled);
  }

  @Test
  void anUnknownCaseIsNotFound() {
    assertThat(cases.find(CaseId.of("C-nobody"))).isEmpty();
    assertThat(cases.findOpenByAccount(AccountId.of("A-nobody"))).isEmpty();
  }
}
