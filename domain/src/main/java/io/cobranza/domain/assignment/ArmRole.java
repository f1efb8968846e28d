package io.cobranza.domain.assignment;

/** The part an arm plays in a champion/challenger experiment. */
public enum ArmRole {
  /** The incumbent treatment, which most debtors get. */
  CHAMPION,
  /** A treatment being tried against the champion on a share of debtors. */
  CHALLENGER,
  /** A control group, given a baseline protocol, to measure what treatment adds at all. */
  HOLDOUT
}
