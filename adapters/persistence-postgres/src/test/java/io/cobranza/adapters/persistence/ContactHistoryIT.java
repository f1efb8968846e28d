package io.cobranza.adapters.persistence;

import static io.cobranza.domain.fixtures.AttemptBuilder.aCall;
import static io.cobranza.domain.fixtures.AttemptBuilder.aText;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.contact.ContactAttempts;
import io.cobranza.domain.contact.CallConsent;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.Recipient;
import io.cobranza.domain.debtor.DebtorId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContactHistoryIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();
  private static final DebtorId D1 = DebtorId.of("D-1");

  private final ContactAttempts attempts = DATABASE.persistence().contactAttempts();

  @BeforeAll
  static void storeTheDebtorAndTheirAccounts() {
    Stored.aCaseWithAccounts(DATABASE.persistence(), "D-1", "C-1", "A-1", "A-2");
  }

  @Test
  void anAttemptAboutTwoDebtsIsReadBackEqual() {
    var call =
        aCall()
            .about("A-1", "A-2")
            .at(Instant.parse("2026-03-02T16:00:00.123456Z"))
            .answered()
            .withPriorConsent()
            .build();

    attempts.record(call);

    assertThat(attempts.find(call.id())).contains(call);
  }

  @Test
  void aLaterOutcomeReplacesTheFirstAndTheAttemptIsNotAddedTwice() {
    var text = aText().at(Instant.parse("2026-03-03T15:00:00Z")).build();
    attempts.record(text);

    var delivered = text.withOutcome(ContactOutcome.DELIVERED);
    attempts.record(delivered);

    assertThat(attempts.find(text.id())).contains(delivered);
    assertThat(
            attempts.historyOf(D1, Instant.parse("2026-03-03T00:00:00Z")).attempts().stream()
                .filter(a -> a.id().equals(text.id())))
        .containsExactly(delivered);
  }

  @Test
  void theHistoryHoldsTheAttemptsSinceAnInstantOldestFirstAndEveryConsent() {
    var other = DebtorId.of("D-other");
    Stored.aCaseWithAccounts(DATABASE.persistence(), "D-other", "C-other", "A-other");
    var early = aCall().about("A-1").at(Instant.parse("2026-05-01T15:00:00Z")).build();
    var late = aCall().about("A-1").at(Instant.parse("2026-05-03T15:00:00Z")).build();
    var middle = aText().about("A-2").at(Instant.parse("2026-05-02T15:00:00Z")).build();
    attempts.record(late);
    attempts.record(early);
    attempts.record(middle);
    var consent =
        new CallConsent(
            Instant.parse("2026-05-02T15:05:00Z"), Instant.parse("2026-05-09T15:05:00Z"), null);
    var revoked =
        new CallConsent(
            Instant.parse("2026-05-04T10:00:00Z"), null, Instant.parse("2026-05-05T10:00:00Z"));
    attempts.record(D1, revoked);
    attempts.record(D1, consent);
    attempts.record(other, consent);

    var history = attempts.historyOf(D1, Instant.parse("2026-05-01T15:00:00Z"));

    assertThat(history.attempts()).containsExactly(early, middle, late);
    assertThat(history.callConsents()).containsExactly(consent, revoked);
    assertThat(attempts.historyOf(D1, Instant.parse("2026-05-02T00:00:00Z")).attempts())
        .containsExactly(middle, late);
  }

  @Test
  void aCallToANumberThatIsNotTheDebtorsIsStoredWithItsOutcome() {
    var wrongNumber =
        aCall()
            .withOutcome(ContactOutcome.WRONG_NUMBER)
            .at(Instant.parse("2026-03-04T16:00:00Z"))
            .build();

    attempts.record(wrongNumber);

    assertThat(attempts.find(wrongNumber.id())).contains(wrongNumber);
  }

  @Test
  void attemptsWithTheAttorneyAndWithAThirdPartyAreReadBackWithWhomTheyWere() {
    var toCounsel =
        aCall()
            .with(Recipient.theirAttorney())
            .to("+13125550199")
            .at(Instant.parse("2026-03-05T16:00:00Z"))
            .build();
    var toNeighbour =
        aCall()
            .with(Recipient.thirdParty("neighbour: Mrs Lopez"))
            .to("+15125550177")
            .at(Instant.parse("2026-03-05T17:00:00Z"))
            .build();

    attempts.record(toCounsel);
    attempts.record(toNeighbour);
    attempts.record(toNeighbour.withOutcome(ContactOutcome.WRONG_PARTY));

    assertThat(attempts.find(toCounsel.id())).contains(toCounsel);
    assertThat(attempts.find(toNeighbour.id()))
        .contains(toNeighbour.withOutcome(ContactOutcome.WRONG_PARTY));
  }

  @Test
  void anUnknownAttemptIsNotFound() {
    assertThat(attempts.find("nothing")).isEmpty();
  }
}
