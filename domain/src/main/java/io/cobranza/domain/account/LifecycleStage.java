package io.cobranza.domain.account;

/** Where a delinquent account stands, by days past due. */
public enum LifecycleStage {
  /** Not past due. */
  CURRENT(0),
  /** 1 to 29 days past due. */
  EARLY(1),
  /** 30 to 59 days past due. */
  MID(30),
  /** 60 to 89 days past due. */
  LATE(60),
  /** 90 to 179 days past due. */
  SEVERE(90),
  /** 180 or more days past due. */
  CHARGED_OFF(180),
  /** Paid, settled or otherwise closed; no longer delinquent whatever its days past due. */
  RESOLVED(-1);

  private final int fromDaysPastDue;

  LifecycleStage(int fromDaysPastDue) {
    this.fromDaysPastDue = fromDaysPastDue;
  }

  /** The stage for a number of days past due (never {@link #RESOLVED}). */
  public static LifecycleStage forDaysPastDue(int daysPastDue) {
    if (daysPastDue < 0) {
      throw new IllegalArgumentException("daysPastDue must not be negative, was " + daysPastDue);
    }
    var stage = CURRENT;
    for (var candidate : values()) {
      if (candidate.fromDaysPastDue >= 0 && daysPastDue >= candidate.fromDaysPastDue) {
        stage = candidate;
      }
    }
    return stage;
  }

  /** The fewest days past due in this stage; -1 for {@link #RESOLVED}. */
  public int fromDaysPastDue() {
    return fromDaysPastDue;
  }

  /** Whether the account is delinquent in this stage. */
  public boolean isDelinquent() {
    return this != CURRENT && this != RESOLVED;
  }
}
