package io.cobranza.application.treatment;

import io.cobranza.domain.debtor.Channel;
import java.time.Instant;
import java.util.Map;

/** What followed a decision, from the ledger (outbound port). */
public interface DecisionOutcomes {
  /**
   * What followed {@code decision} from its instant until {@code until}: paid on the case's
   * accounts, promised (not yet due at {@code until}), outbound contacts to the debtor by channel,
   * complaints opened on the case.
   */
  Followed after(RecordedRecommendation decision, Instant until);

  /**
   * @param paidMinor paid, in minor units
   * @param promisedMinor promised and not due yet, in minor units
   * @param contacts outbound contacts by channel
   * @param complaints complaints opened
   */
  record Followed(long paidMinor, long promisedMinor, Map<Channel, Long> contacts, int complaints) {
    public Followed {
      contacts = Map.copyOf(contacts);
    }

    /** How many contacts, on all channels. */
    public int contactCount() {
      return (int) contacts.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
