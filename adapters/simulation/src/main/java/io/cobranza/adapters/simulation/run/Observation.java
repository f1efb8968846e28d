package io.cobranza.adapters.simulation.run;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.behaviour.BehaviourProfile;
import io.cobranza.domain.behaviour.DebtorHistory;
import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.payment.PromiseToPay;
import java.time.LocalDate;
import java.util.List;

/**
 * What the platform knows about a simulated debtor when a strategy decides: the debtor as stored,
 * their account, what it has seen them do and what they still owe (which its ledger knows). Never
 * their hidden traits.
 */
public record Observation(
    Debtor debtor,
    Account account,
    List<ContactAttempt> contacts,
    List<Payment> payments,
    List<PromiseToPay> promises,
    long owedMinor,
    java.time.Instant at) {

  /** The debtor's own date. */
  public LocalDate today() {
    return at.atZone(debtor.knownZones().stream().findFirst().orElse(java.time.ZoneOffset.UTC))
        .toLocalDate();
  }

  /** The behaviour profile the platform derives from what it has seen. */
  public BehaviourProfile profile() {
    var zone = debtor.knownZones().stream().findFirst().orElse(java.time.ZoneOffset.UTC);
    return BehaviourProfile.of(
        new DebtorHistory(
            debtor.id(), zone, List.of(account), payments, promises, contacts, List.of()),
        today(),
        2);
  }
}
