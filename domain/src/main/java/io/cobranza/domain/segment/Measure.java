package io.cobranza.domain.segment;

import java.util.Locale;

/** A number about a debtor that a segment rule may compare, named as rules write it. */
public enum Measure {
  /** The latest risk score's probability of default, 0 to 1. */
  PROBABILITY_OF_DEFAULT,
  /** Promises kept over promises kept or broken, 0 to 1. */
  PROMISE_KEPT_RATE,
  /** Payments below the minimum due over payments against one, 0 to 1. */
  PARTIAL_PAYMENT_RATIO,
  /** Days since the last payment. */
  DAYS_SINCE_LAST_PAYMENT,
  /** Days since the last contact either way. */
  DAYS_SINCE_LAST_CONTACT,
  /** Returns to current with no contact in the month before. */
  SELF_CURES,
  /** Outbound contacts in the last fourteen days. */
  CONTACTS_LAST_14_DAYS,
  /** Outbound contacts since the last response. */
  UNANSWERED_STREAK;

  /** The name rules use: {@code promiseKeptRate} for {@link #PROMISE_KEPT_RATE}. */
  public String ruleName() {
    var parts = name().toLowerCase(Locale.ROOT).split("_");
    var name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }
}
