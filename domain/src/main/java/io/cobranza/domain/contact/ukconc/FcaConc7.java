package io.cobranza.domain.contact.ukconc;

import io.cobranza.domain.collection.HoldKind;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageRequirements;
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
import io.cobranza.domain.contact.policy.MessageContentPolicy;
import io.cobranza.domain.contact.policy.MoratoriumPolicy;
import io.cobranza.domain.contact.policy.VulnerableEscalationPolicy;
import io.cobranza.domain.debtor.Channel;
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

  public static final RuleRef MESSAGE_CONTENT =
      new RuleRef(
          "conc.message-content",
          "FCA CONC 3.3.1R and CONC 7.9.2R; CONC 7.3.7A; CONC 7.3.10R(2) and CONC 7.11.6R");
  public static final RuleRef FIRM_IDENTITY =
      new RuleRef(
          "conc.firm-identity",
          "FCA CONC 3.3.1R and CONC 7.9.2R (clear, fair and not misleading: who contacts the"
              + " customer and why)");
  public static final RuleRef FREE_DEBT_ADVICE =
      new RuleRef(
          "conc.free-debt-advice",
          "FCA CONC 7.3.7A (signposting free debt advice; Handbook text not verified)");
  public static final RuleRef NO_FALSE_URGENCY =
      new RuleRef(
          "conc.no-false-urgency",
          "FCA CONC 7.3.10R(2) (no pressure to pay within an unreasonably short time) and CONC"
              + " 7.11.6R");

  /** The written channels, on which a message signposts free debt advice. */
  public static final Set<Channel> WRITTEN_CHANNELS =
      Set.copyOf(EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP, Channel.LETTER));

  /**
   * Phrases that press a customer to pay at once or threaten what may not happen (CONC 7.3.10R(2),
   * CONC 7.11.6R), in English and Spanish. A check of phrases cannot tell a true deadline from a
   * false one: a template that needs one says it plainly, with its date.
   */
  public static final Map<String, List<String>> FALSE_URGENCY_PHRASES =
      Map.of(
          "en",
          List.of(
              "act now",
              "act immediately",
              "immediate action",
              "urgent",
              "urgently",
              "final warning",
              "last warning",
              "last chance",
              "within 24 hours",
              "within 48 hours",
              "today only",
              "before it is too late",
              "bailiffs will",
              "we will take you to court",
              "legal action will be taken"),
          "es",
          List.of(
              "actúe ahora",
              "actúe de inmediato",
              "acción inmediata",
              "urgente",
              "urgentemente",
              "última advertencia",
              "última oportunidad",
              "en 24 horas",
              "en 48 horas",
              "solo hoy",
              "antes de que sea tarde",
              "lo llevaremos a juicio",
              "se tomarán acciones legales"));

  private FcaConc7() {}

  /**
   * What CONC 7 requires of what a message says, as far as a check can tell: the firm's identity in
   * every message, a signpost to free debt advice in every written one, and no false urgency. That
   * a message is clear, fair and not misleading as a whole is for a person to judge.
   */
  public static MessageRequirements messageRequirements() {
    var every = EnumSet.allOf(ContactPurpose.class);
    return new MessageRequirements(
        List.of(
            new MessageRequirements.Requirement(
                FIRM_IDENTITY,
                EnumSet.allOf(Channel.class),
                every,
                Set.of(MessageElement.FIRM_IDENTITY),
                false),
            new MessageRequirements.Requirement(
                FREE_DEBT_ADVICE,
                WRITTEN_CHANNELS,
                every,
                Set.of(MessageElement.FREE_DEBT_ADVICE),
                false)),
        List.of(
            new MessageRequirements.Wording(
                NO_FALSE_URGENCY, "false urgency", FALSE_URGENCY_PHRASES)),
        null,
        null);
  }

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
    all.add(new MessageContentPolicy(MESSAGE_CONTENT, messageRequirements()));
    return new ContactRules(NAME, all);
  }
}
