package io.cobranza.application.scoring;

import io.cobranza.domain.account.AccountId;
import java.util.Map;

/**
 * The further facts an import brought with an account (the UCI statement history and protected
 * attributes, {@code x_} columns), kept apart from the debtor for scoring (outbound port).
 */
public interface AccountAttributes {
  /** The account's attributes; empty when its import brought none. */
  Map<String, String> of(AccountId accountId);
}
