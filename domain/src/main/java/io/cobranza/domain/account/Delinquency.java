package io.cobranza.domain.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far behind an account is, as of a date, with every stage transition it went through.
 *
 * @param asOf the date the days past due were measured
 * @param daysPastDue days since the oldest unpaid due date
 * @param stage the lifecycle stage
 * @param transitions the history of stage changes, oldest first (append-only)
 */
public record Delinquency(
    LocalDate asOf, int daysPastDue, LifecycleStage stage, List<StageTransition> transitions) {

  public Delinquency {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(stage, "stage");
    if (daysPastDue < 0) {
      throw new IllegalArgumentException("daysPastDue must not be negative, was " + daysPastDue);
    }
    if (stage != LifecycleStage.RESOLVED && stage != LifecycleStage.forDaysPastDue(daysPastDue)) {
      throw new IllegalArgumentException(
          "stage " + stage + " does not match " + daysPastDue + " days past due");
    }
    transitions = List.copyOf(transitions);
  }

  /** A delinquency first observed on {@code asOf}, with no history yet. */
  public static Delinquency observed(LocalDate asOf, int daysPastDue) {
    return new Delinquency(
        asOf, daysPastDue, LifecycleStage.forDaysPastDue(daysPastDue), List.of());
  }

  /**
   * The delinquency as of a later date with new days past due, recording a stage transition when
   * the stage changes. A resolved account stays resolved.
   */
  public Delinquency advanceTo(LocalDate date, int newDaysPastDue) {
    if (date.isBefore(asOf)) {
      throw new IllegalArgumentException(
          "date: " + date + " is before the last observation " + asOf);
    }
    if (stage == LifecycleStage.RESOLVED) {
      return new Delinquency(date, newDaysPastDue, stage, transitions);
    }
    var next = LifecycleStage.forDaysPastDue(newDaysPastDue);
    return moveTo(date, newDaysPastDue, next);
  }

  /** The account resolved (paid, settled, closed) on {@code date}. */
  public Delinquency resolve(LocalDate date) {
    if (stage == LifecycleStage.RESOLVED) {
      return this;
    }
    return moveTo(date, 0, LifecycleStage.RESOLVED);
  }

  private Delinquency moveTo(LocalDate date, int newDaysPastDue, LifecycleStage next) {
    if (next == stage) {
      return new Delinquency(date, newDaysPastDue, stage, transitions);
    }
    var history = new ArrayList<>(transitions);
    history.add(new StageTransition(date, stage, next));
    return new Delinquency(date, newDaysPastDue, next, history);
  }
}
