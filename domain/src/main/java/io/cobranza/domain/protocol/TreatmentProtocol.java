package io.cobranza.domain.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A treatment protocol: versioned data that say which steps a case walks through, from the first
 * step to an end, and where each outcome leads. Build it from a document or in code, then {@link
 * #validate()} it (or use {@link #validated}) before a case walks it.
 *
 * @param id the protocol's id, shared by its versions
 * @param version the version, from 1; a running case keeps the version it was assigned
 * @param name a short name for people
 * @param description what the protocol is for
 * @param firstStep the id of the step a case starts at
 * @param steps the steps, in the order they are written
 * @param promiseGrace how long after a promise's date the protocol stays paused for the payment to
 *     arrive
 */
public record TreatmentProtocol(
    String id,
    int version,
    String name,
    String description,
    String firstStep,
    List<Step> steps,
    Duration promiseGrace) {

  /** The grace after a promise's date, unless a protocol says otherwise. */
  public static final Duration DEFAULT_PROMISE_GRACE = Duration.ofDays(2);

  public TreatmentProtocol {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(firstStep, "firstStep");
    Objects.requireNonNull(promiseGrace, "promiseGrace");
    steps = List.copyOf(steps);
  }

  /** A protocol with the default promise grace; not yet validated. */
  public static TreatmentProtocol of(
      String id, int version, String name, String description, String firstStep, List<Step> steps) {
    return new TreatmentProtocol(
        id, version, name, description, firstStep, steps, DEFAULT_PROMISE_GRACE);
  }

  /**
   * A valid protocol with the default promise grace.
   *
   * @throws InvalidProtocolException listing every error, if it is not valid
   */
  public static TreatmentProtocol validated(
      String id, int version, String name, String description, String firstStep, List<Step> steps) {
    return of(id, version, name, description, firstStep, steps).requireValid();
  }

  /** Every mistake in the protocol, or valid. */
  public ProtocolValidation validate() {
    return ProtocolValidator.validate(this);
  }

  /**
   * This protocol, if it is valid.
   *
   * @throws InvalidProtocolException listing every error, if it is not
   */
  public TreatmentProtocol requireValid() {
    if (validate() instanceof ProtocolValidation.Invalid invalid) {
      throw new InvalidProtocolException(label(), invalid.errors());
    }
    return this;
  }

  /** The step with this id (the first one, should a protocol repeat an id). */
  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /** The ids of the steps, in order. */
  public List<String> stepIds() {
    return steps.stream().map(Step::id).toList();
  }

  /** This protocol with another promise grace. */
  public TreatmentProtocol withPromiseGrace(Duration grace) {
    return new TreatmentProtocol(id, version, name, description, firstStep, steps, grace);
  }

  /** {@code early-stage-digital-first v3}. */
  public String label() {
    return id + " v" + version;
  }
}
