package io.cobranza.domain.contact.policy;

import io.cobranza.domain.contact.ContactAttempt;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.GateRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a history that was contact with the debtor, which caps and cooldowns count: not the
 * contacts with their attorney or with third parties, nor those to a number or address found not to
 * be theirs.
 *
 * <p>A number marked not the debtor's may have been theirs once (numbers are given up and given to
 * someone else). A conversation with the debtor on it proves it was theirs then, so an attempt to
 * it still counts when such a conversation took place at or after it; every other attempt to it
 * reached whoever has the number now, not the debtor.
 */
final class WithTheDebtor {
  private WithTheDebtor() {}

  /** The request's history without the attempts that did not reach the debtor. */
  static ContactHistory history(GateRequest request) {
    var history = request.history();
    var debtor = request.debtor();
    var anyMarked = debtor.contactPoints().stream().anyMatch(p -> p.notTheDebtorsSince() != null);
    var kept = new ArrayList<ContactAttempt>();
    var all = history.attempts();
    for (var attempt : all) {
      if (!attempt.recipient().isTheDebtor()) {
        continue;
      }
      var notTheirs =
          anyMarked
              && debtor
                  .contactPoint(attempt.address())
                  .filter(point -> point.isNotTheDebtorsAt(request.at()))
                  .isPresent();
      if (!notTheirs || provenTheirsAfter(all, attempt)) {
        kept.add(attempt);
      }
    }
    return kept.size() == all.size() ? history : new ContactHistory(kept, history.callConsents());
  }

  private static boolean provenTheirsAfter(List<ContactAttempt> all, ContactAttempt attempt) {
    for (var other : all) {
      if (other.address().equals(attempt.address())
          && other.recipient().isTheDebtor()
          && other.outcome().isConversation()
          && !other.at().isBefore(attempt.at())) {
        return true;
      }
    }
    return false;
  }
}
