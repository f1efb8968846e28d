package io.cobranza.adapters.simulation.run;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one run, as {@code label: value} lines a manager compares between strategies.
 *
 * @param scenario the scenario's name
 * @param strategy the strategy's name
 * @param debtors how many debtors
 * @param days the horizon
 * @param seed the seed
 * @param originalCents what they owed at the start, in cents
 * @param recoveredCents what they paid within the horizon
 * @param cured debtors who owe nothing at the end (paid or settled)
 * @param contacts contacts made: by the platform and by people after a hand-off
 * @param cost what the contacts cost, in the currency's units
 * @param complaints complaints about contacts
 * @param refusals contacts the contact gate refused
 * @param deferrals contacts the contact gate deferred
 * @param expired contacts allowed by the gate that could not leave before the permission expired
 *     (the scenario's dispatch delay), and were put to the gate again instead
 * @param violations contacts an independent check of the contact rules refuses afterwards
 * @param machineEscalatedVulnerable escalations the engine ordered for a debtor flagged vulnerable
 * @param vulnerableToPeople vulnerable debtors handed to a specialist (each once)
 * @param vulnerableEscalatedUnknown vulnerable debtors escalated before they had told anyone (each
 *     once)
 * @param elapsedSeconds how long the run took
 * @param perDebtor each debtor's own figures, for an experiment's evaluation
 */
public record SimulationReport(
    String scenario,
    String strategy,
    int debtors,
    int days,
    long seed,
    long originalCents,
    long recoveredCents,
    long cured,
    long contacts,
    double cost,
    long complaints,
    long refusals,
    long deferrals,
    long expired,
    long violations,
    long machineEscalatedVulnerable,
    long vulnerableToPeople,
    long vulnerableEscalatedUnknown,
    double elapsedSeconds,
    List<DebtorFigures> perDebtor) {

  public SimulationReport {
    perDebtor = List.copyOf(perDebtor);
  }

  /** One debtor: owed at the start, paid, cured, what their contacts cost, complaints. */
  public record DebtorFigures(
      io.cobranza.domain.debtor.DebtorId debtorId,
      long owedCents,
      long paidCents,
      boolean cured,
      double cost,
      int complaints) {}

  public double recoveredShare() {
    return originalCents == 0 ? 0 : (double) recoveredCents / originalCents;
  }

  public double curedShare() {
    return debtors == 0 ? 0 : (double) cured / debtors;
  }

  public double contactsPerDebtor() {
    return debtors == 0 ? 0 : (double) contacts / debtors;
  }

  /** Cost per unit recovered; infinite when nothing was recovered. */
  public double costPerUnitRecovered() {
    return recoveredCents == 0 ? Double.POSITIVE_INFINITY : cost / (recoveredCents / 100.0);
  }

  /** The report's lines, in the documented order. */
  public List<String> lines() {
    return List.of(
        "scenario: " + scenario,
        "strategy: " + strategy,
        "debtors: " + debtors,
        "days: " + days,
        "seed: " + seed,
        String.format(Locale.ROOT, "recovered share: %.4f", recoveredShare()),
        String.format(Locale.ROOT, "cured share: %.4f", curedShare()),
        String.format(Locale.ROOT, "contacts per debtor: %.2f", contactsPerDebtor()),
        String.format(Locale.ROOT, "cost per unit recovered: %.4f", costPerUnitRecovered()),
        "complaints: " + complaints,
        "contact-rule refusals: " + refusals,
        "contact-rule deferrals: " + deferrals,
        "permissions expired before the contact left: " + expired,
        "violations: " + violations,
        "vulnerable routed to people: " + vulnerableToPeople,
        "vulnerable escalated before they told anyone: " + vulnerableEscalatedUnknown,
        "machine-escalated vulnerable: " + machineEscalatedVulnerable,
        String.format(Locale.ROOT, "elapsed s: %.1f", elapsedSeconds));
  }
}
