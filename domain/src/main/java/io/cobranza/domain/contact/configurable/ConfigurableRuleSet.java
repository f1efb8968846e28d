package io.cobranza.domain.contact.configurable;

import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.contact.policy.BaselinePolicies;
import io.cobranza.domain.contact.policy.CandidateZones;
import io.cobranza.domain.contact.policy.CapScope;
import io.cobranza.domain.contact.policy.ContactCapPolicy;
import io.cobranza.domain.contact.policy.ContactHoursPolicy;
import io.cobranza.domain.contact.policy.CountingWindow;
import io.cobranza.domain.contact.policy.DisputePolicy;
import io.cobranza.domain.contact.policy.InconvenientPlacesPolicy;
import io.cobranza.domain.contact.policy.InconvenientTimesPolicy;
import io.cobranza.domain.contact.policy.LocationContactPolicy;
import io.cobranza.domain.debtor.Channel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An operator's contact rule set written as data: caps per channel and window (per person or per
 * debt, counting chosen outcomes), contact hours on allowed days of the week, and holidays as
 * explicit dates. It expresses another jurisdiction's rules, or a firm's own, without code.
 *
 * <p>Components are as written (another module maps YAML onto this record tree), so any of them may
 * be missing: {@link #validate()} lists every error with its field, and {@link #toRules()} builds
 * the rules of a valid spec. The rules built always include the baseline every rule set of the
 * platform honours (the debtor's own requests, attorney, cease, dispute, holds, moratoria, no
 * automated escalation of vulnerable debtors); {@link #configuredPolicies()} gives only the
 * configured ones, to add on top of a regulation's rule set.
 *
 * @param name the rule set's name, e.g. "CA-ON Collection and Debt Settlement Services Act"
 * @param source the provision or document the rules come from, recorded in every rule
 * @param timeZones the jurisdiction's time zones, used when a debtor's zone is not known
 * @param caps the contact caps, or none
 * @param contactHours when contact is allowed, or null for no rule on hours
 */
public record ConfigurableRuleSet(
    @Nullable String name,
    @Nullable String source,
    @Nullable List<String> timeZones,
    @Nullable List<Cap> caps,
    @Nullable ContactHours contactHours) {

  /** The id of the contact-hours rule. */
  public static final String CONTACT_HOURS_ID = "contact-hours";

  /** The prefix of the baseline rules' ids, which caps may not use. */
  public static final String BASELINE_PREFIX = "baseline.";

  /**
   * Rule ids of the platform and the built-in regulations, which an operator's caps may not use.
   */
  private static final List<String> RESERVED_PREFIXES =
      List.of(BASELINE_PREFIX, "gate.", "regf.", "conc.", "platform.", "case.");

  private static final Set<String> RESERVED_IDS = Set.of(CONTACT_HOURS_ID, "moratorium");

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  public ConfigurableRuleSet {
    timeZones = copy(timeZones);
    caps = copy(caps);
  }

  /**
   * A cap: at most {@code max} contacts on {@code channels} within a window, per person or per
   * debt. Give exactly one of {@code windowDays} and {@code rollingWindow}.
   *
   * @param id the rule's id, such as {@code acme.sms-per-week}
   * @param channels the channels capped and counted
   * @param max the most contacts allowed within the window
   * @param windowDays a window of that many consecutive local days, or null
   * @param rollingWindow a rolling window of that length, or null
   * @param scope per person or per debt
   * @param countedOutcomes the outcomes that count; null counts every attempt
   */
  public record Cap(
      @Nullable String id,
      @Nullable Set<Channel> channels,
      @Nullable Integer max,
      @Nullable Integer windowDays,
      @Nullable Duration rollingWindow,
      @Nullable CapScope scope,
      @Nullable Set<ContactOutcome> countedOutcomes) {
    public Cap {
      channels = copy(channels);
      countedOutcomes = copy(countedOutcomes);
    }
  }

  /**
   * When contact is allowed, in the debtor's local time at every candidate location.
   *
   * @param from the earliest local time, inclusive
   * @param to the local time from which contact stops, exclusive; after {@code from}
   * @param days the days of the week contact is allowed; null for every day
   * @param holidays dates on which no contact is made; null for none
   * @param channels the channels the hours apply to; null for every channel but letters
   */
  public record ContactHours(
      @Nullable LocalTime from,
      @Nullable LocalTime to,
      @Nullable Set<DayOfWeek> days,
      @Nullable List<LocalDate> holidays,
      @Nullable Set<Channel> channels) {
    public ContactHours {
      days = copy(days);
      holidays = copy(holidays);
      channels = copy(channels);
    }
  }

  /**
   * One error in a spec.
   *
   * @param field the path of the field, such as {@code caps[1].max}
   * @param message what is wrong with it
   */
  public record SpecError(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /** Every error in this spec, each with its field; empty when the spec is valid. */
  public List<SpecError> validate() {
    var errors = new ArrayList<SpecError>();
    requireText(errors, "name", name);
    requireText(errors, "source", source);
    if (timeZones == null || timeZones.isEmpty()) {
      errors.add(new SpecError("timeZones", "at least one time zone is required"));
    } else {
      for (int i = 0; i < timeZones.size(); i++) {
        var zone = timeZones.get(i);
        if (zone == null || !isZone(zone)) {
          errors.add(new SpecError("timeZones[" + i + "]", "'" + zone + "' is not a time zone id"));
        }
      }
    }
    if (caps != null) {
      var ids = new HashSet<String>();
      for (int i = 0; i < caps.size(); i++) {
        validateCap(errors, "caps[" + i + "]", caps.get(i), ids);
      }
    }
    if (contactHours != null) {
      validateHours(errors, "contactHours", contactHours);
    }
    return List.copyOf(errors);
  }

  /** The rules of this spec with the platform baseline; the spec must be valid. */
  public ContactRules toRules() {
    var zones = zones();
    var all = new ArrayList<ContactPolicy>(baseline(zones));
    all.addAll(configuredPolicies());
    return new ContactRules(name, all);
  }

  /** Only the configured rules (caps and hours), to add to another rule set; must be valid. */
  public List<ContactPolicy> configuredPolicies() {
    var zones = zones();
    var result = new ArrayList<ContactPolicy>();
    if (contactHours != null) {
      var hours = contactHours;
      result.add(
          new ContactHoursPolicy(
              new RuleRef(CONTACT_HOURS_ID, source),
              hours.from(),
              hours.to(),
              hours.days() == null ? EnumSet.allOf(DayOfWeek.class) : hours.days(),
              hours.holidays() == null ? Set.of() : Set.copyOf(hours.holidays()),
              hours.channels() == null ? ContactHoursPolicy.instantChannels() : hours.channels(),
              zones));
    }
    for (var cap : caps == null ? List.<Cap>of() : caps) {
      result.add(
          new ContactCapPolicy(
              new RuleRef(cap.id(), source),
              false,
              cap.channels(),
              cap.max(),
              cap.windowDays() != null
                  ? new CountingWindow.LocalDays(cap.windowDays())
                  : new CountingWindow.Rolling(cap.rollingWindow()),
              cap.scope(),
              cap.countedOutcomes() == null
                  ? EnumSet.allOf(ContactOutcome.class)
                  : cap.countedOutcomes(),
              null,
              zones));
    }
    return result;
  }

  private CandidateZones zones() {
    var errors = validate();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "rule set " + name + " is invalid, validate it first: " + errors);
    }
    return new CandidateZones(timeZones.stream().map(ZoneId::of).toList());
  }

  private List<ContactPolicy> baseline(CandidateZones zones) {
    var all =
        new ArrayList<ContactPolicy>(
            BaselinePolicies.of(
                new BaselinePolicies.Rules(
                    baselineRule("known-debts"),
                    baselineRule("known-address"),
                    baselineRule("attorney"),
                    baselineRule("cease"),
                    baselineRule("opt-out"),
                    baselineRule("prohibited-medium"),
                    baselineRule("work-email"),
                    baselineRule("workplace"),
                    baselineRule("hold"),
                    baselineRule("moratorium"),
                    baselineRule("vulnerable-escalation")),
                new DisputePolicy(
                    baselineRule("dispute"),
                    DisputePolicy.Lifts.ON_RESOLUTION,
                    List.of(ContactPurpose.VERIFICATION),
                    account -> "",
                    DisputePolicy::everyDispute)));
    var timed = ContactHoursPolicy.instantChannels();
    all.add(new InconvenientTimesPolicy(baselineRule("inconvenient-times"), timed, zones, true));
    all.add(new InconvenientPlacesPolicy(baselineRule("inconvenient-places"), true));
    all.add(new LocationContactPolicy(baselineRule("location-contact")));
    all.add(
        BaselinePolicies.messageContent(
            baselineRule("message-content"),
            baselineRule("firm-identity"),
            baselineRule("opt-out-notice")));
    return all;
  }

  private RuleRef baselineRule(String id) {
    return new RuleRef(BASELINE_PREFIX + id, "Cobranza baseline, in " + source);
  }

  private static void validateCap(
      List<SpecError> errors, String field, @Nullable Cap cap, Set<String> ids) {
    if (cap == null) {
      errors.add(new SpecError(field, "a cap is required, not null"));
      return;
    }
    if (cap.id() == null || !ID.matcher(cap.id()).matches()) {
      errors.add(
          new SpecError(
              field + ".id", "'" + cap.id() + "' is not an id of lower-case words and . or -"));
    } else if (RESERVED_PREFIXES.stream().anyMatch(cap.id()::startsWith)
        || RESERVED_IDS.contains(cap.id())) {
      errors.add(new SpecError(field + ".id", "'" + cap.id() + "' is reserved"));
    } else if (!ids.add(cap.id())) {
      errors.add(new SpecError(field + ".id", "'" + cap.id() + "' is used by another cap"));
    }
    requireElements(errors, field + ".channels", cap.channels(), true);
    if (cap.max() == null || cap.max() < 1) {
      errors.add(new SpecError(field + ".max", "must be at least 1, was " + cap.max()));
    }
    if ((cap.windowDays() == null) == (cap.rollingWindow() == null)) {
      errors.add(
          new SpecError(field + ".windowDays", "give exactly one of windowDays and rollingWindow"));
    } else if (cap.windowDays() != null && cap.windowDays() < 1) {
      errors.add(
          new SpecError(field + ".windowDays", "must be at least 1, was " + cap.windowDays()));
    } else if (cap.rollingWindow() != null
        && (cap.rollingWindow().isNegative() || cap.rollingWindow().isZero())) {
      errors.add(
          new SpecError(field + ".rollingWindow", "must be positive, was " + cap.rollingWindow()));
    } else if (cap.windowDays() != null
        && cap.windowDays() > ContactHistory.RULE_WINDOW.toDays() - 1) {
      errors.add(
          new SpecError(
              field + ".windowDays",
              "must be at most "
                  + (ContactHistory.RULE_WINDOW.toDays() - 1)
                  + " days, was "
                  + cap.windowDays()));
    } else if (cap.rollingWindow() != null
        && cap.rollingWindow().compareTo(ContactHistory.RULE_WINDOW.minusDays(1)) > 0) {
      errors.add(
          new SpecError(
              field + ".rollingWindow",
              "must be at most "
                  + ContactHistory.RULE_WINDOW.minusDays(1)
                  + ", was "
                  + cap.rollingWindow()));
    }
    if (cap.scope() == null) {
      errors.add(new SpecError(field + ".scope", "PER_PERSON or PER_DEBT is required"));
    }
    if (cap.countedOutcomes() != null) {
      requireElements(errors, field + ".countedOutcomes", cap.countedOutcomes(), true);
    }
  }

  private static void validateHours(List<SpecError> errors, String field, ContactHours hours) {
    if (hours.from() == null) {
      errors.add(new SpecError(field + ".from", "a start time is required"));
    }
    if (hours.to() == null) {
      errors.add(new SpecError(field + ".to", "an end time is required"));
    }
    if (hours.from() != null && hours.to() != null && !hours.from().isBefore(hours.to())) {
      errors.add(
          new SpecError(
              field + ".to", "must be after from (" + hours.from() + "), was " + hours.to()));
    }
    if (hours.days() != null) {
      requireElements(errors, field + ".days", hours.days(), true);
    }
    if (hours.holidays() != null) {
      for (int i = 0; i < hours.holidays().size(); i++) {
        if (hours.holidays().get(i) == null) {
          errors.add(new SpecError(field + ".holidays[" + i + "]", "a date is required"));
        }
      }
    }
    if (hours.channels() != null) {
      requireElements(errors, field + ".channels", hours.channels(), true);
    }
  }

  private static void requireText(List<SpecError> errors, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      errors.add(new SpecError(field, "is required"));
    }
  }

  private static void requireElements(
      List<SpecError> errors, String field, @Nullable Collection<?> values, boolean nonEmpty) {
    if (values == null || (nonEmpty && values.isEmpty())) {
      errors.add(new SpecError(field, "at least one value is required"));
    } else if (values.contains(null)) {
      errors.add(new SpecError(field, "must not contain null"));
    }
  }

  private static boolean isZone(String id) {
    try {
      ZoneId.of(id);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static <T> @Nullable List<T> copy(@Nullable List<T> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }

  private static <T> @Nullable Set<T> copy(@Nullable Set<T> values) {
    return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }
}
