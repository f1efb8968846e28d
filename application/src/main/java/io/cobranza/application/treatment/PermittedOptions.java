package io.cobranza.application.treatment;

import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.protocol.ActionOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The options of a step that the contact gate permits now: a contact option is kept when the debtor
 * has a contact point for its channel and the gate would allow it or defer it (not refuse it), with
 * the message the option would send rendered for the debtor, so that an option whose template lacks
 * what the debtor's jurisdiction requires is not chosen; waiting is always permitted. When the gate
 * refuses every option they all stay, so the engine's own decision (and its refusal branch) applies
 * as without a recommender.
 */
public final class PermittedOptions {
  private PermittedOptions() {}

  /** The permitted options, each contact option's message rendered by {@code messages}. */
  public static List<ActionOption> of(
      ContactGate gate,
      Debtor debtor,
      CollectionCase collectionCase,
      ContactHistory history,
      List<ActionOption> options,
      MessageRendering messages,
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
      var template = option.template();
      var message =
          template == null
              ? null
              : messages.render(
                  new MessageRequest(template, channel, ContactPurpose.COLLECTION, option.plan()),
                  debtor,
                  collectionCase,
                  now);
      var decision =
          gate.decide(
              debtor,
              collectionCase,
              history,
              ProposedContact.collection(channel, point.get().address(), accounts)
                  .withMessage(message),
              now);
      if (!(decision instanceof ContactDecision.Refused)) {
        permitted.add(option);
      }
    }
    return permitted.isEmpty() ? List.copyOf(options) : List.copyOf(permitted);
  }
}
