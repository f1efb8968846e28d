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
    requireConsistentHistory(asOf, stage, transitions);
  }

  // A history that skips a stage or runs backwards in time would make roll rates and cure rates
  // count moves that never happened, so it is rejected where it is built.
  private static void requireConsistentHistory(
      LocalDate asOf, LifecycleStage stage, List<StageTransition> transitions) {
    for (int i = 0; i < transitions.size(); i++) {
      var t = transitions.get(i);
      if (i > 0) {
        var previous = transitions.get(i - 1);
        if (t.on().isBefore(previous.on())) {
          throw new IllegalArgumentException(
              "transitions: " + t + " is dated before the transition it follows, " + previous);
        }
        if (t.from() != previous.to()) {
          throw new IllegalArgumentException(
              "transitions: " + t + " does not start where " + previous + " ended");
        }
      }
    }
    if (!transitions.isEmpty()) {
      var last = transitions.getLast();
      if (last.to() != stage) {
        throw new IllegalArgumentException(
            "transitions: the last one ends in " + last.to() + ", not in the stage " + stage);
      }
      if (last.on().isAfter(asOf)) {
        throw new IllegalArgumentException(
            "transitions: " + last + " is dated after the observation " + asOf);
      }
    }
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

  /**
   * The account resolved (paid, settled, closed) on {@code date}, which may not be before the last
   * observation. Resolving a resolved account changes nothing.
   */
  public Delinquency resolve(LocalDate date) {
    if (stage == LifecycleStage.RESOLVED) {
      return this;
    }
    if (date.isBefore(asOf)) {
      throw new IllegalArgumentException(
          "date: " + date + " is before the last observation " + asOf);
    }
    return moveTo(date, 0, LifecycleStage.RESOLVED);
  }

  /**
   * The stage the account was in on {@code date}, read from the history: the stage the last
   * transition on or before that date led to; before the first recorded transition, the stage it
   * left. After the last observation the latest stage is assumed to hold.
   */
  public LifecycleStage stageOn(LocalDate date) {
    LifecycleStage result = transitions.isEmpty() ? stage : transitions.getFirst().from();
    for (var t : transitions) {
      if (t.on().isAfter(date)) {
        break;
      }
      result = t.to();
    }
    return result;
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
