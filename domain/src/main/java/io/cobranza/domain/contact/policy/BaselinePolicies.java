package io.cobranza.domain.contact.policy;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageRequirements;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The policies every rule set of the platform honours, whatever its jurisdiction, written once: the
 * platform's own checks (the debts and the address must be known), the debtor's requests about how
 * and where to be contacted, attorney representation, cease (a written refusal to pay included, as
 * FDCPA 805(c) has it), dispute, the case's holds with what each still lets through, moratoria, and
 * no automated escalation of a vulnerable debtor. A rule set names each rule (its id and provision)
 * and adds what its jurisdiction adds (hours, caps).
 */
public final class BaselinePolicies {

  /** The platform's rule that every debt a contact is about is one of the case's. */
  public static final RuleRef KNOWN_DEBTS =
      new RuleRef("gate.known-debts", "Cobranza: every rule per debt needs the debt in the case");

  /** The platform's rule that a contact goes only to a number or address the debtor gave. */
  public static final RuleRef KNOWN_ADDRESS =
      new RuleRef("gate.known-address", "Cobranza: contact only known numbers and addresses");

  /**
   * What a hold still lets through: the verification of a disputed debt during a dispute, and the
   * notices permitted after a cease request during a cease.
   */
  public static final Map<HoldKind, Set<ContactPurpose>> PERMITTED_DURING_HOLDS =
      Map.of(
          HoldKind.DISPUTE,
          Set.of(ContactPurpose.VERIFICATION),
          HoldKind.CEASE,
          ContactPurpose.PERMITTED_AFTER_CEASE);

  private BaselinePolicies() {}

  /**
   * A rule set's names for the baseline rules.
   *
   * @param knownDebts every debt a contact is about is the case's
   * @param knownAddress only known numbers and addresses
   * @param attorney a debt whose debtor is represented by an attorney
   * @param cease the debtor asked us to cease communication
   * @param optOut an address the debtor opted out of
   * @param prohibitedMedium a medium the debtor asked us not to use
   * @param workEmail an address that is the debtor's employer's
   * @param workplace the debtor's place of employment
   * @param hold the case's holds
   * @param moratorium a moratorium binding on the creditors
   * @param vulnerableEscalation no automated escalation of a vulnerable debtor
   */
  public record Rules(
      RuleRef knownDebts,
      RuleRef knownAddress,
      RuleRef attorney,
      RuleRef cease,
      RuleRef optOut,
      RuleRef prohibitedMedium,
      RuleRef workEmail,
      RuleRef workplace,
      RuleRef hold,
      RuleRef moratorium,
      RuleRef vulnerableEscalation) {}

  /**
   * The baseline under {@code rules}' names with the jurisdiction's {@code dispute} rule, every
   * hold kind enforced and no moratorium of a default length, in the order its reasons are
   * reported.
   */
  public static List<ContactPolicy> of(Rules rules, DisputePolicy dispute) {
    return of(rules, dispute, null, false);
  }

  /**
   * The baseline as {@link #of(Rules, DisputePolicy)}, with the choices a jurisdiction's rule set
   * makes about the debtor's requests.
   *
   * @param optOutConfirmationWithin how soon after an opt-out its one confirmation may be sent, or
   *     null for none
   * @param workEmailTheDebtorWroteFrom whether a work e-mail address the debtor wrote to us from
   *     may be used
   */
  public static List<ContactPolicy> of(
      Rules rules,
      DisputePolicy dispute,
      @Nullable Duration optOutConfirmationWithin,
      boolean workEmailTheDebtorWroteFrom) {
    Objects.requireNonNull(dispute, "dispute");
    var all =
        new ArrayList<ContactPolicy>(platformChecks(rules.knownDebts(), rules.knownAddress()));
    all.add(new AttorneyRepresentationPolicy(rules.attorney()));
    all.add(new CeasePolicy(rules.cease(), true));
    all.add(dispute);
    all.addAll(
        debtorsRequests(
            rules.optOut(),
            rules.prohibitedMedium(),
            rules.workEmail(),
            rules.workplace(),
            optOutConfirmationWithin,
            workEmailTheDebtorWroteFrom));
    all.add(holds(rules.hold(), Set.of(HoldKind.values())));
    all.add(new MoratoriumPolicy(rules.moratorium(), Map.of()));
    all.add(new VulnerableEscalationPolicy(rules.vulnerableEscalation()));
    return List.copyOf(all);
  }

  /** The platform's own checks: the debts and the address of a contact must be known. */
  public static List<ContactPolicy> platformChecks(RuleRef knownDebts, RuleRef knownAddress) {
    return List.of(new KnownDebtsPolicy(knownDebts), new KnownAddressPolicy(knownAddress));
  }

  /**
   * The debtor's requests: an address opted out of, a medium refused (one reply to the debtor's own
   * contact allowed), no work e-mail, not at the workplace.
   */
  public static List<ContactPolicy> debtorsRequests(
      RuleRef optOut, RuleRef prohibitedMedium, RuleRef workEmail, RuleRef workplace) {
    return debtorsRequests(optOut, prohibitedMedium, workEmail, workplace, null, false);
  }

  /**
   * The debtor's requests, with an opt-out's one confirmation allowed within {@code
   * optOutConfirmationWithin} (null: none) and, when {@code workEmailTheDebtorWroteFrom}, a work
   * e-mail address the debtor wrote to us from.
   */
  public static List<ContactPolicy> debtorsRequests(
      RuleRef optOut,
      RuleRef prohibitedMedium,
      RuleRef workEmail,
      RuleRef workplace,
      @Nullable Duration optOutConfirmationWithin,
      boolean workEmailTheDebtorWroteFrom) {
    return List.of(
        new OptedOutAddressPolicy(optOut, optOutConfirmationWithin),
        new ProhibitedMediumPolicy(prohibitedMedium, true),
        new WorkEmailPolicy(workEmail, workEmailTheDebtorWroteFrom),
        new WorkplacePolicy(workplace));
  }

  /**
   * What every operator's rule set requires of a message where no regulation says more: who it is
   * from in every message, and how to opt out in every electronic one (the baseline honours
   * opt-outs, so it says how to give one).
   *
   * @param rule the policy's rule
   * @param firmIdentity the rule that every message says who it is from
   * @param optOutNotice the rule that every electronic message says how to opt out
   */
  public static MessageContentPolicy messageContent(
      RuleRef rule, RuleRef firmIdentity, RuleRef optOutNotice) {
    var every = EnumSet.allOf(ContactPurpose.class);
    return new MessageContentPolicy(
        rule,
        new MessageRequirements(
            List.of(
                new MessageRequirements.Requirement(
                    firmIdentity,
                    EnumSet.allOf(Channel.class),
                    every,
                    Set.of(MessageElement.FIRM_IDENTITY),
                    false),
                new MessageRequirements.Requirement(
                    optOutNotice,
                    EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP),
                    every,
                    Set.of(MessageElement.OPT_OUT_NOTICE),
                    false)),
            List.of(),
            null,
            null));
  }

  /** The holds of {@code kinds}, each letting through what {@link #PERMITTED_DURING_HOLDS} says. */
  public static CaseHoldPolicy holds(RuleRef rule, Set<HoldKind> kinds) {
    return new CaseHoldPolicy(rule, kinds, Map.of(), PERMITTED_DURING_HOLDS);
  }
}
