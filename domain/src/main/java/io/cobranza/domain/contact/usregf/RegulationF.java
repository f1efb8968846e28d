package io.cobranza.domain.contact.usregf;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.Dispute;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageRequirements;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.contact.policy.BaselinePolicies;
import io.cobranza.domain.contact.policy.CallConcentrationPolicy;
import io.cobranza.domain.contact.policy.CandidateZones;
import io.cobranza.domain.contact.policy.CapScope;
import io.cobranza.domain.contact.policy.ConsentWindow;
import io.cobranza.domain.contact.policy.ContactCapPolicy;
import io.cobranza.domain.contact.policy.ContactHoursPolicy;
import io.cobranza.domain.contact.policy.ConversationCooldownPolicy;
import io.cobranza.domain.contact.policy.CountingWindow;
import io.cobranza.domain.contact.policy.DisputePolicy;
import io.cobranza.domain.contact.policy.InconvenientPlacesPolicy;
import io.cobranza.domain.contact.policy.InconvenientTimesPolicy;
import io.cobranza.domain.contact.policy.LocationContactPolicy;
import io.cobranza.domain.contact.policy.MessageContentPolicy;
import io.cobranza.domain.debtor.Channel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * US Regulation F (12 CFR part 1006): every figure of its contact rules, defined here and nowhere
 * else, and the rule set built from them out of the generic policies.
 *
 * <p>The 7-in-7 tests of 1006.14(b)(2)(i) are presumptions, rebuttable in law; the gate enforces
 * them as hard limits, which a person may set aside for one call with a recorded {@link
 * io.cobranza.domain.contact.RuleOverride} naming the rule, a reason and themselves. "Seven
 * consecutive days" are counted on the consumer's local calendar, in every candidate time zone: the
 * regulation does not say whose calendar counts, so the gate takes the most restrictive.
 */
public final class RegulationF {

  /** 1006.14(b)(2)(i)(A): calls beyond this many within the window are presumed harassing. */
  public static final int MAX_CALLS_IN_WINDOW = 7;

  /** 1006.14(b)(2)(i)(A): the window of the call count, in consecutive days. */
  public static final int CALL_WINDOW_DAYS = 7;

  /** 1006.14(b)(2)(i)(B): days after a telephone conversation, its date being the first. */
  public static final int DAYS_AFTER_CONVERSATION = 7;

  /** 1006.14(b)(3)(i): consent lifts the call frequencies for at most this many days. */
  public static final int CONSENT_DAYS = 7;

  /**
   * Cobranza's threshold, not a regulation figure: a call that would be this many or more placed to
   * the consumer within {@link #CONCENTRATION_SPAN} carries a warning (1006.14(b)(1)).
   */
  public static final int CONCENTRATED_CALLS = 3;

  /** Cobranza's span for {@link #CONCENTRATED_CALLS}, not a regulation figure. */
  public static final Duration CONCENTRATION_SPAN = Duration.ofHours(24);

  /** 1006.6(b)(1)(i): before this local time is inconvenient. */
  public static final LocalTime EARLIEST_CONVENIENT = LocalTime.of(8, 0);

  /** 1006.6(b)(1)(i): from this local time on is inconvenient ("after 9:00 p.m."). */
  public static final LocalTime LATEST_CONVENIENT = LocalTime.of(21, 0);

  /** 1006.34(b)(5): the validation period ends this many days after assumed receipt. */
  public static final int VALIDATION_PERIOD_DAYS = 30;

  /** 1006.34(b)(5): receipt may be assumed this many business days after provision. */
  public static final int ASSUMED_RECEIPT_BUSINESS_DAYS = 5;

  /**
   * The zones of the contiguous states, for {@link UnknownLocation#CONTIGUOUS_STATES}: a lender
   * whose consumers all live there may choose them.
   */
  public static final List<ZoneId> CONTIGUOUS_ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"));

  /**
   * How soon after an opt-out its one confirmation may be sent (the FCC's five minutes for a
   * confirmation text under the TCPA, not a Regulation F figure).
   */
  public static final Duration OPT_OUT_CONFIRMATION_WITHIN = Duration.ofMinutes(5);

  /** The zones a US consumer may be in when nothing is known of their location. */
  public static final List<ZoneId> US_ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Anchorage"),
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("America/Puerto_Rico"),
          ZoneId.of("Pacific/Guam"),
          ZoneId.of("Pacific/Pago_Pago"));

  /**
   * Call outcomes counted by 1006.14(b)(2)(i)(A). A call not connected to the dialled number is
   * excluded (1006.14(b)(3)(ii)): a busy signal or a not-in-service indication; a call that rings
   * unanswered or reaches voicemail counts (comment 14(b)(3)(ii)-1, as reported), and so does a
   * call whose outcome is not known yet. A call that reached a number found not to be the
   * consumer's ({@link ContactOutcome#WRONG_NUMBER}) was not placed to the consumer ("to a
   * particular person"), so it is not counted either; the calls placed before to that number are
   * left out by the caps themselves, from the contact point's mark.
   */
  public static final Set<ContactOutcome> COUNTED_CALL_OUTCOMES =
      Set.copyOf(
          EnumSet.complementOf(
              EnumSet.of(
                  ContactOutcome.NOT_CONNECTED,
                  ContactOutcome.BOUNCED,
                  ContactOutcome.WRONG_NUMBER)));

  /** The rule set's name. */
  public static final String NAME = "US Regulation F (12 CFR part 1006)";

  public static final RuleRef KNOWN_DEBTS = BaselinePolicies.KNOWN_DEBTS;
  public static final RuleRef KNOWN_ADDRESS = BaselinePolicies.KNOWN_ADDRESS;
  public static final RuleRef ATTORNEY =
      new RuleRef("regf.attorney", "12 CFR 1006.6(b)(2); location contacts 12 CFR 1006.10(b)(5)");
  public static final RuleRef CEASE = new RuleRef("regf.cease", "12 CFR 1006.6(c)");
  public static final RuleRef DISPUTE =
      new RuleRef("regf.dispute", "12 CFR 1006.38(d)(2); validation period 12 CFR 1006.34(b)(5)");
  public static final RuleRef OPT_OUT =
      new RuleRef("regf.opt-out", "12 CFR 1006.6(e); 12 CFR 1006.14(h)(1), comment 14(h)(1)-2");
  public static final RuleRef PROHIBITED_MEDIUM =
      new RuleRef("regf.prohibited-medium", "12 CFR 1006.14(h)(1); reply 12 CFR 1006.14(h)(2)(ii)");
  public static final RuleRef WORK_EMAIL = new RuleRef("regf.work-email", "12 CFR 1006.22(f)(3)");
  public static final RuleRef PLACE_OF_EMPLOYMENT =
      new RuleRef("regf.place-of-employment", "12 CFR 1006.6(b)(3)");
  public static final RuleRef HOLD =
      new RuleRef(
          "case.hold",
          "Cobranza case holds (DISPUTE: 12 CFR 1006.38(d)(2); CEASE: 12 CFR 1006.6(c))");
  public static final RuleRef MORATORIUM =
      new RuleRef("moratorium", "a moratorium on collection binding on the debtor's creditors");
  public static final RuleRef VULNERABLE_ESCALATION =
      new RuleRef(
          "platform.vulnerable-escalation",
          "Cobranza: vulnerable debtors are escalated by people only (no Regulation F provision)");
  public static final RuleRef CONVENIENT_HOURS =
      new RuleRef("regf.convenient-hours", "12 CFR 1006.6(b)(1)(i)");
  public static final RuleRef INCONVENIENT_TIMES =
      new RuleRef(
          "regf.inconvenient-times", "12 CFR 1006.6(b)(1)(i), comments 6(b)(1)-1 and 6(b)(1)-2");
  public static final RuleRef INCONVENIENT_PLACES =
      new RuleRef(
          "regf.inconvenient-places",
          "12 CFR 1006.6(b)(1)(ii) (FDCPA 805(a)(1)), comments 6(b)(1)-1 and 6(b)(1)-2");
  public static final RuleRef LOCATION_CONTACT =
      new RuleRef(
          "regf.location-contact", "12 CFR 1006.10(c) (FDCPA 804(3)); third parties 1006.6(d)(1)");
  public static final RuleRef CALL_FREQUENCY =
      new RuleRef(
          "regf.call-frequency",
          "12 CFR 1006.14(b)(2)(i)(A); exclusions 12 CFR 1006.14(b)(3)(i)-(ii)");
  public static final RuleRef CONVERSATION_FREQUENCY =
      new RuleRef(
          "regf.conversation-frequency",
          "12 CFR 1006.14(b)(2)(i)(B); exclusion 12 CFR 1006.14(b)(3)(i)");

  public static final RuleRef CALL_CONCENTRATION =
      new RuleRef(
          "regf.call-concentration",
          "12 CFR 1006.14(b)(1) (repeated calls with intent to harass; the 7-in-7 presumption of"
              + " 1006.14(b)(2) is rebuttable): a warning only");
  public static final RuleRef MESSAGE_CONTENT =
      new RuleRef(
          "regf.message-content",
          "12 CFR 1006.6(e); 12 CFR 1006.18(e); 12 CFR 1006.34(c); limited-content message 12 CFR"
              + " 1006.2(j)");
  public static final RuleRef OPT_OUT_NOTICE =
      new RuleRef("regf.opt-out-notice", "12 CFR 1006.6(e)");
  public static final RuleRef DEBT_COLLECTOR_DISCLOSURE =
      new RuleRef("regf.debt-collector-disclosure", "12 CFR 1006.18(e) (FDCPA 807(11))");
  public static final RuleRef VALIDATION_INFORMATION =
      new RuleRef(
          "regf.validation-information",
          "12 CFR 1006.34(c); validation period 12 CFR 1006.34(b)(5)");
  public static final RuleRef LIMITED_CONTENT_MESSAGE =
      new RuleRef("regf.limited-content-message", "12 CFR 1006.2(j)");

  /**
   * 1006.6(e): every electronic communication (e-mail, text, other electronic media with an
   * address) says how to opt out of further ones to that address.
   */
  public static final Set<Channel> OPT_OUT_NOTICE_CHANNELS =
      Set.copyOf(EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP));

  /**
   * 1006.34(c): the validation information, every part of it (the collector and the consumer, the
   * creditor and account, the itemization and current amount, the period's end, the consumer's
   * protections and the response information).
   */
  public static final Set<MessageElement> VALIDATION_INFORMATION_ELEMENTS =
      Set.copyOf(
          EnumSet.of(
              MessageElement.DEBT_COLLECTOR_DISCLOSURE,
              MessageElement.VALIDATION_COLLECTOR,
              MessageElement.VALIDATION_CONSUMER,
              MessageElement.VALIDATION_CREDITOR,
              MessageElement.VALIDATION_ACCOUNT_NUMBER,
              MessageElement.VALIDATION_ITEMIZATION_DATE,
              MessageElement.VALIDATION_ITEMIZATION,
              MessageElement.VALIDATION_CURRENT_AMOUNT,
              MessageElement.VALIDATION_PERIOD_END,
              MessageElement.VALIDATION_CONSUMER_PROTECTIONS,
              MessageElement.VALIDATION_RESPONSE_FORM));

  /**
   * 1006.2(j): what a limited-content voicemail may name: a business name that does not say the
   * caller collects debts, a person to reply to and a number (required), and the date and time
   * (optional). A request to reply is plain text.
   */
  public static final Set<String> LIMITED_CONTENT_PLACEHOLDERS =
      Set.of("firm.trading-name", "firm.contact-person", "firm.phone", "date.today");

  /**
   * 1006.2(j): words that would tell a listener a limited-content message is about a debt, which
   * would make it a communication (beginnings of words, in English and Spanish).
   */
  public static final Map<String, List<String>> LIMITED_CONTENT_FORBIDDEN_WORDS =
      Map.of(
          "en",
          List.of("debt", "collect", "owe", "owing", "overdue", "arrear", "balance", "pay"),
          "es",
          List.of("deud", "adeud", "cobr", "vencid", "atras", "saldo", "pag"));

  private RegulationF() {}

  /** Where a consumer with no known location may be. */
  public enum UnknownLocation {
    /** Every US zone, Alaska, Hawaii and the territories included: the default. */
    ALL_US_ZONES,
    /** The contiguous states' zones only, for a lender whose consumers all live there. */
    CONTIGUOUS_STATES
  }

  /** Which disputes pause collection until verification is sent. */
  public enum DisputePause {
    /** 1006.38(d)(2): a dispute in writing within the validation period. The default. */
    WRITTEN_WITHIN_VALIDATION_PERIOD,
    /** Every dispute, oral or late too: stricter than the regulation. */
    EVERY_DISPUTE
  }

  /**
   * The places where a lender may read Regulation F more strictly than its text, each a named
   * choice. The defaults follow the regulation where it speaks and are conservative where it is
   * silent.
   *
   * @param unknownLocation the zones of a consumer whose location is not known (silent: all)
   * @param disputePause which disputes pause collection (1006.38(d)(2): written, within the
   *     validation period)
   * @param optOutConfirmation whether the one message confirming an opt-out may be sent
   * @param workEmailTheConsumerWroteFrom whether a work e-mail address the consumer e-mailed from
   *     may be used (1006.22(f)(3): it may)
   */
  public record Choices(
      UnknownLocation unknownLocation,
      DisputePause disputePause,
      boolean optOutConfirmation,
      boolean workEmailTheConsumerWroteFrom) {
    /** The defaults. */
    public static final Choices DEFAULTS =
        new Choices(
            UnknownLocation.ALL_US_ZONES,
            DisputePause.WRITTEN_WITHIN_VALIDATION_PERIOD,
            true,
            true);

    public Choices {
      Objects.requireNonNull(unknownLocation, "unknownLocation");
      Objects.requireNonNull(disputePause, "disputePause");
    }
  }

  /**
   * Whether a dispute of {@code account} pauses collection under 1006.38(d)(2): in writing, and
   * received within the validation period (by the end of its last day in the westernmost US zone,
   * American Samoa, where that day ends last). A debt with no validation notice recorded has its
   * period still ahead, so a written dispute of it pauses collection.
   */
  public static boolean pausesCollection(Account account, Dispute dispute) {
    if (!dispute.written()) {
      return false;
    }
    var provided = account.validationNoticeSentOn();
    if (provided == null) {
      return true;
    }
    var lastDayEnds =
        validationPeriod(provided)
            .endsOn()
            .plusDays(1)
            .atStartOfDay(ZoneId.of("Pacific/Pago_Pago"));
    return dispute.receivedAt().isBefore(lastDayEnds.toInstant());
  }

  /** The validation period for validation information provided on {@code providedOn}. */
  public static ValidationPeriod validationPeriod(LocalDate providedOn) {
    return ValidationPeriod.compute(
        providedOn,
        BusinessDayCalendar.usFederal(),
        ASSUMED_RECEIPT_BUSINESS_DAYS,
        VALIDATION_PERIOD_DAYS);
  }

  /**
   * What Regulation F requires of what a message says: the opt-out notice in every electronic
   * message (1006.6(e)); the debt-collector disclosure in every communication, a call script
   * included, but not in a limited-content voicemail, which is not a communication (1006.18(e),
   * 1006.2(j)); the validation information in a validation notice, with the period's end computed
   * from the date it is provided (1006.34(c), (b)(5)). The one message confirming an opt-out need
   * not say again how to opt out.
   */
  public static MessageRequirements messageRequirements() {
    var every = EnumSet.allOf(ContactPurpose.class);
    var offeringOptOut = EnumSet.complementOf(EnumSet.of(ContactPurpose.OPT_OUT_CONFIRMATION));
    return new MessageRequirements(
        List.of(
            new MessageRequirements.Requirement(
                OPT_OUT_NOTICE,
                OPT_OUT_NOTICE_CHANNELS,
                offeringOptOut,
                Set.of(MessageElement.OPT_OUT_NOTICE),
                false),
            new MessageRequirements.Requirement(
                DEBT_COLLECTOR_DISCLOSURE,
                EnumSet.allOf(Channel.class),
                every,
                Set.of(MessageElement.DEBT_COLLECTOR_DISCLOSURE),
                true),
            new MessageRequirements.Requirement(
                VALIDATION_INFORMATION,
                EnumSet.allOf(Channel.class),
                Set.of(ContactPurpose.VALIDATION_NOTICE),
                VALIDATION_INFORMATION_ELEMENTS,
                false)),
        List.of(),
        new MessageRequirements.LimitedContent(
            LIMITED_CONTENT_MESSAGE,
            Set.of(Channel.RINGLESS_VOICEMAIL),
            LIMITED_CONTENT_PLACEHOLDERS,
            LIMITED_CONTENT_FORBIDDEN_WORDS),
        new MessageRequirements.ValidationDates(
            VALIDATION_INFORMATION, providedOn -> validationPeriod(providedOn).endsOn()));
  }

  /** The candidate zones of a US consumer. */
  public static CandidateZones zones() {
    return new CandidateZones(US_ZONES);
  }

  /** Regulation F's contact rules, with the default choices. */
  public static ContactRules rules() {
    return rules(Choices.DEFAULTS);
  }

  /** Regulation F's contact rules, with a lender's choices. */
  public static ContactRules rules(Choices choices) {
    var zones =
        new CandidateZones(
            choices.unknownLocation() == UnknownLocation.ALL_US_ZONES
                ? US_ZONES
                : CONTIGUOUS_ZONES);
    var consent = new ConsentWindow(CONSENT_DAYS);
    var calls = EnumSet.of(Channel.VOICE, Channel.RINGLESS_VOICEMAIL);
    var timed = ContactHoursPolicy.instantChannels();
    var all =
        new ArrayList<ContactPolicy>(
            BaselinePolicies.of(
                new BaselinePolicies.Rules(
                    KNOWN_DEBTS,
                    KNOWN_ADDRESS,
                    ATTORNEY,
                    CEASE,
                    OPT_OUT,
                    PROHIBITED_MEDIUM,
                    WORK_EMAIL,
                    PLACE_OF_EMPLOYMENT,
                    HOLD,
                    MORATORIUM,
                    VULNERABLE_ESCALATION),
                new DisputePolicy(
                    DISPUTE,
                    DisputePolicy.Lifts.ON_VERIFICATION_SENT,
                    List.of(ContactPurpose.VERIFICATION),
                    RegulationF::validationContext,
                    choices.disputePause() == DisputePause.EVERY_DISPUTE
                        ? DisputePolicy::everyDispute
                        : RegulationF::pausesCollection),
                choices.optOutConfirmation() ? OPT_OUT_CONFIRMATION_WITHIN : null,
                choices.workEmailTheConsumerWroteFrom()));
    all.addAll(
        List.of(
            ContactHoursPolicy.daily(
                CONVENIENT_HOURS, EARLIEST_CONVENIENT, LATEST_CONVENIENT, timed, zones),
            new InconvenientTimesPolicy(INCONVENIENT_TIMES, timed, zones, true),
            new InconvenientPlacesPolicy(INCONVENIENT_PLACES, true),
            new LocationContactPolicy(LOCATION_CONTACT),
            new ContactCapPolicy(
                CALL_FREQUENCY,
                true,
                calls,
                MAX_CALLS_IN_WINDOW,
                new CountingWindow.LocalDays(CALL_WINDOW_DAYS),
                CapScope.PER_DEBT,
                COUNTED_CALL_OUTCOMES,
                consent,
                zones),
            new ConversationCooldownPolicy(
                CONVERSATION_FREQUENCY, true, DAYS_AFTER_CONVERSATION, consent, zones),
            new CallConcentrationPolicy(CALL_CONCENTRATION, CONCENTRATED_CALLS, CONCENTRATION_SPAN),
            new MessageContentPolicy(MESSAGE_CONTENT, messageRequirements())));
    return new ContactRules(NAME, all);
  }

  private static String validationContext(Account account) {
    var provided = account.validationNoticeSentOn();
    if (provided == null) {
      return "no validation notice recorded";
    }
    var period = validationPeriod(provided);
    return "validation period "
        + period.providedOn()
        + " to "
        + period.endsOn()
        + " (receipt assumed "
        + period.assumedReceivedOn()
        + ")";
  }
}
