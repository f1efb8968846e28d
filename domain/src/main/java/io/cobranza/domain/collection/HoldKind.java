package io.cobranza.domain.collection;

/** Why a case is on hold. While any hold is active no automated collection contact is made. */
public enum HoldKind {
  /** The debtor disputes the debt; collection waits for verification or the investigation. */
  DISPUTE,
  /** The debtor asked us to cease communication. */
  CEASE,
  /** A legal moratorium (Breathing Space, mental health crisis, declared). */
  MORATORIUM,
  /** A complaint is being handled. */
  COMPLAINT,
  /** Signs of vulnerability are being reviewed by a person. */
  VULNERABILITY_REVIEW,
  /**
   * We were told the debtor might lack the mental capacity to make decisions about the debt or to
   * engage in its recovery; a person lifts it on evidence.
   */
  MENTAL_CAPACITY,
  /** A debt adviser is helping the debtor with a repayment plan. */
  DEBT_ADVICE,
  /** A manager paused the case. */
  MANAGER_PAUSE
}
