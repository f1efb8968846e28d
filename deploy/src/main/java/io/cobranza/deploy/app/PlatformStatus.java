package io.cobranza.deploy.app;

import java.util.List;

/**
 * What the running platform is made of, part by part, and which parts are not wired yet, so that
 * whoever starts the demo sees at once what it can and cannot do.
 *
 * @param parts each part and its state
 */
public record PlatformStatus(List<Part> parts) {

  /** One part of the platform. */
  public record Part(String name, State state, String detail) {}

  /** Whether a part is part of this build and ready, or still to come. */
  public enum State {
    READY,
    NOT_WIRED_YET
  }

  /**
   * The parts of this build, running on {@code database} and {@code temporal}, choosing at
   * recommend steps with {@code recommender} ({@code cobranza.recommender}).
   */
  public static PlatformStatus current(String database, String temporal, String recommender) {
    return new PlatformStatus(
        List.of(
            new Part(
                "domain",
                State.READY,
                "money, debtors, accounts, payments, protocols, protocol engine"),
            new Part(
                "contact gate",
                State.READY,
                "US Regulation F, UK FCA CONC 7 and operator-configured rule sets"),
            new Part("persistence (PostgreSQL)", State.READY, database),
            new Part("portfolio import", State.READY, "cobranza import FILE"),
            new Part("workflows (Temporal)", State.READY, temporal),
            new Part(
                "scoring and segmentation",
                State.READY,
                "nightly refresh: the portfolio's active risk model, the newest segmentation;"
                    + " cobranza model, cobranza segments"),
            new Part(
                "strategy simulator and experiments",
                State.READY,
                "cobranza simulate, cobranza experiment"),
            new Part(
                "next best action",
                State.READY,
                recommender.equals("thompson")
                    ? "the learning recommender (thompson): decisions kept with their reasons,"
                        + " credited from the ledger after 7 days"
                    : "the step's first permitted option (cobranza.recommender=thompson learns);"
                        + " decisions kept with their reasons"),
            new Part(
                "call audio analysis",
                State.NOT_WIRED_YET,
                "cobranza audio analyze FILE; AssessCallUseCase keeps assessments with cases and"
                    + " flags them; no REST or Kafka entry hands recordings over yet"),
            new Part("Kafka, REST API and web UI", State.NOT_WIRED_YET, "later issues")));
  }
}
