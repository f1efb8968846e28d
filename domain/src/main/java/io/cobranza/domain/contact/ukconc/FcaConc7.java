package io.cobranza.domain.contact.ukconc;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.contact.policy.BaselinePolicies;
import io.cobranza.domain.contact.policy.CandidateZones;
import io.cobranza.domain.contact.policy.CaseHoldPolicy;
import io.cobranza.domain.contact.policy.CeasePolicy;
import io.cobranza.domain.contact.policy.ContactHoursPolicy;
import io.cobranza.domain.contact.policy.DisputePolicy;
import io.cobranza.domain.contact.policy.InconvenientPlacesPolicy;
import io.cobranza.domain.contact.policy.InconvenientTimesPolicy;
import io.cobranza.domain.contact.policy.LocationContactPolicy;
import io.cobranza.domain.contact.policy.MoratoriumPolicy;
import io.cobranza.domain.contact.policy.VulnerableEscalationPolicy;
import io.cobranza.domain.debtor.Moratorium;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The UK contact rule set: FCA CONC 7 (arrears, default and recovery) and the Debt Respite Scheme
 * (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations
 * 2020, SI 2020/1311. Every figure of it is defined here.
 *
 * <p>CONC sets no clock hours and no contact frequency. CONC 7.9.4R forbids contact at unreasonable
 * times; the default 08:00-21:00 is an analogy with MCOB 13.5.4G ("a reasonable hour will usually
 * fall between 8 am and 9 pm"), not a CONC figure, and the operator may change it. A frequency cap
 * is the firm's choice: add one with a {@code ConfigurableRuleSet}.
 */
public final class FcaConc7 {

  /** The default start of reasonable contact hours (MCOB 13.5.4G analogy; operator-changeable). */
  public static final LocalTime DEFAULT_CONTACT_FROM = LocalTime.of(8, 0);

  /** The default end of reasonable contact hours (MCOB 13.5.4G analogy; operator-changeable). */
  public static final LocalTime DEFAULT_CONTACT_TO = LocalTime.of(21, 0);

  /**
   * How long recovery is suspended when a debt adviser is helping with a repayment plan and no end
   * was recorded: "generally, 30 days" (CONC 7.3.11R/7.3.12G as read by CPAG; the Handbook text was
   * not verified), matching CSA Code of Practice 3(f).
   */
  public static final Duration DEBT_ADVICE_HOLD = Duration.ofDays(30);

  /** A standard Breathing Space lasts up to 60 days (SI 2020/1311 reg 26; gov.uk guidance). */
  public static final Duration BREATHING_SPACE = Duration.ofDays(60);

  /** The zone of a UK debtor whose location is not known. */
  public static final List<ZoneId> UK_ZONES = List.of(ZoneId.of("Europe/London"));

  /** The rule set's name. */
  public static final String NAME = "GB FCA CONC 7 and the Debt Respite Scheme (SI 2020/1311)";

  public static final RuleRef KNOWN_DEBTS = BaselinePolicies.KNOWN_DEBTS;
  public static final RuleRef KNOWN_ADDRESS = BaselinePolicies.KNOWN_ADDRESS;
  public static final RuleRef DISPUTE =
      new RuleRef("conc.dispute", "FCA CONC 7.14.1R; details of the debt CONC 7.14.3R");
  public static final RuleRef DEBT_ADVICE =
      new RuleRef(
          "conc.debt-advice-hold",
          "FCA CONC 7.3.11R / 7.3.12G (as reported by CPAG; Handbook text not verified)");
  public static final RuleRef MENTAL_CAPACITY =
      new RuleRef("conc.mental-capacity", "FCA CONC 7.10.1R");
  public static final RuleRef MORATORIUM =
      new RuleRef("moratorium", "SI 2020/1311 regs 7 and 11 (reg 26: Breathing Space duration)");
  public static final RuleRef VULNERABLE_ESCALATION =
      new RuleRef(
          "conc.vulnerable-escalation",
          "FCA CONC 7.2.1R(2), with regard to FG21/1 (CONC 7.2.2AG); human decision is Cobranza's"
              + " reading, not an FG21/1 text");
  public static final RuleRef HOLD = new RuleRef("case.hold", "Cobranza case holds");
  public static final RuleRef CEASE =
      new RuleRef("conc.cease", "FCA CONC 7.9.4R (reasonable requests on how to be contacted)");
  public static final RuleRef OPT_OUT =
      new RuleRef("conc.opt-out", "FCA CONC 7.9.4R (reasonable requests on how to be contacted)");
  public static final RuleRef PROHIBITED_MEDIUM =
      new RuleRef(
          "conc.prohibited-medium", "FCA CONC 7.9.4R (reasonable requests on how to be contacted)");
  public static final RuleRef WORK_EMAIL =
      new RuleRef("conc.work-email", "FCA CONC 7.9.7R (third parties must not become aware)");
  public static final RuleRef WORKPLACE =
      new RuleRef(
          "conc.workplace", "FCA CONC 7.9.4R (reasonable requests on where to be contacted)");
  public static final RuleRef UNREASONABLE_TIMES =
      new RuleRef(
          "conc.unreasonable-times",
          "FCA CONC 7.9.4R (default hours by analogy with MCOB 13.5.4G; operator-set)");
  public static final RuleRef INCONVENIENT_TIMES =
      new RuleRef(
          "conc.customer-times", "FCA CONC 7.9.4R (reasonable requests on when to be contacted)");

  public static final RuleRef INCONVENIENT_PLACES =
      new RuleRef(
          "conc.customer-places", "FCA CONC 7.9.4R (reasonable requests on where to be contacted)");

  public static final RuleRef LOCATION_CONTACT =
      new RuleRef(
          "conc.location-contact",
          "Cobranza: one contact per third party asked where the customer is, as 12 CFR"
              + " 1006.10(c) (CONC sets no such limit)");

  private FcaConc7() {}

  /** The rule set with the default contact hours. */
  public static ContactRules rules() {
    return rules(DEFAULT_CONTACT_FROM, DEFAULT_CONTACT_TO);
  }

  /** The rule set with the operator's reasonable contact hours, {@code from} to {@code to}. */
  public static ContactRules rules(LocalTime from, LocalTime to) {
    var zones = new CandidateZones(UK_ZONES);
    var timed = ContactHoursPolicy.instantChannels();
    var specific = EnumSet.of(HoldKind.DEBT_ADVICE, HoldKind.MENTAL_CAPACITY);
    var all =
        new ArrayList<ContactPolicy>(BaselinePolicies.platformChecks(KNOWN_DEBTS, KNOWN_ADDRESS));
    all.addAll(
        List.of(
            new DisputePolicy(
                DISPUTE,
                DisputePolicy.Lifts.ON_RESOLUTION,
                List.of(ContactPurpose.VERIFICATION),
                account -> "",
                DisputePolicy::everyDispute),
            new CaseHoldPolicy(
                DEBT_ADVICE,
                Set.of(HoldKind.DEBT_ADVICE),
                Map.of(HoldKind.DEBT_ADVICE, DEBT_ADVICE_HOLD),
                Map.of()),
            new CaseHoldPolicy(
                MENTAL_CAPACITY, Set.of(HoldKind.MENTAL_CAPACITY), Map.of(), Map.of()),
            new MoratoriumPolicy(
                MORATORIUM, Map.of(Moratorium.Kind.BREATHING_SPACE, BREATHING_SPACE)),
            new VulnerableEscalationPolicy(VULNERABLE_ESCALATION),
            BaselinePolicies.holds(HOLD, EnumSet.complementOf(specific)),
            new CeasePolicy(CEASE, false)));
    all.addAll(BaselinePolicies.debtorsRequests(OPT_OUT, PROHIBITED_MEDIUM, WORK_EMAIL, WORKPLACE));
    all.add(ContactHoursPolicy.daily(UNREASONABLE_TIMES, from, to, timed, zones));
    all.add(new InconvenientTimesPolicy(INCONVENIENT_TIMES, timed, zones, true));
    all.add(new InconvenientPlacesPolicy(INCONVENIENT_PLACES, true));
    all.add(new LocationContactPolicy(LOCATION_CONTACT));
    return new ContactRules(NAME, all);
  }
}
