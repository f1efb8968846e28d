package io.cobranza.application.treatment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.protocol.ActionOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The options of a step that the contact gate permits now: a contact option is kept when the debtor
 * has a contact point for its channel and the gate would allow it or defer it (not refuse it);
 * waiting is always permitted. When the gate refuses every option they all stay, so the engine's
 * own decision (and its refusal branch) applies as without a recommender.
 */
public final class PermittedOptions {
  private PermittedOptions() {}

  public static List<ActionOption> of(
      ContactGate gate,
      Debtor debtor,
      CollectionCase collectionCase,
      ContactHistory history,
      List<ActionOption> options,
      Instant now) {
    var permitted = new ArrayList<ActionOption>();
    var accounts = new HashSet<io.cobranza.domain.account.AccountId>();
    collectionCase.accounts().forEach(a -> accounts.add(a.id()));
    for (var option : options) {
      if (!option.isContact() || option.channel() == null || accounts.isEmpty()) {
        permitted.add(option);
        continue;
      }
      var channel = option.channel();
      var point = debtor.addressFor(channel, now);
      if (point.isEmpty()) {
        continue;
      }
      var decision =
          gate.decide(
              debtor,
              collectionCase,
              history,
              ProposedContact.collection(channel, point.get().address(), accounts),
              now);
      if (!(decision instanceof ContactDecision.Refused)) {
        permitted.add(option);
      }
    }
    return permitted.isEmpty() ? List.copyOf(options) : List.copyOf(permitted);
  }
}
