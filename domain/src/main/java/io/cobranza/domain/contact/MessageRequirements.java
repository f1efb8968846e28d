package io.cobranza.domain.contact;

import io.cobranza.domain.debtor.Channel;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a jurisdiction requires of what a message says, written once with its rule set (Regulation
 * F, CONC 7, an operator's baseline) and reached through its {@link ContactRules}: the elements a
 * message on a channel for a purpose must carry, wording it must not use, what a limited-content
 * message may hold, and how a validation notice's dates are computed. Templates are checked against
 * it when they are defined, and the gate checks each rendered message's {@link MessageFacts}
 * against it before the message leaves.
 *
 * @param requirements the elements required, each by its rule
 * @param wording phrases a message must not contain, by rule and language
 * @param limitedContent what a limited-content message may hold, or null where the jurisdiction has
 *     no such message
 * @param validationDates how the validation period's end is computed, or null where the
 *     jurisdiction has no validation notice
 */
public record MessageRequirements(
    List<Requirement> requirements,
    List<Wording> wording,
    @Nullable LimitedContent limitedContent,
    @Nullable ValidationDates validationDates) {

  private static final MessageRequirements NONE =
      new MessageRequirements(List.of(), List.of(), null, null);

  public MessageRequirements {
    requirements = List.copyOf(requirements);
    wording = List.copyOf(wording);
  }

  /** Nothing required: what a rule that does not look at content requires. */
  public static MessageRequirements none() {
    return NONE;
  }

  /**
   * A message on one of {@code channels}, for one of {@code purposes}, must carry every one of
   * {@code elements}.
   *
   * @param rule the rule and the provision it implements
   * @param channels the channels it applies to
   * @param purposes the purposes it applies to
   * @param elements what the message must carry
   * @param waivedForLimitedContent whether a limited-content message need not carry them (it is not
   *     a communication, 12 CFR 1006.2(j))
   */
  public record Requirement(
      RuleRef rule,
      Set<Channel> channels,
      Set<ContactPurpose> purposes,
      Set<MessageElement> elements,
      boolean waivedForLimitedContent) {
    public Requirement {
      Objects.requireNonNull(rule, "rule");
      channels = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(channels, "channels")));
      purposes = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(purposes, "purposes")));
      elements = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(elements, "elements")));
    }

    /** Whether a message on {@code channel} for {@code purpose} must meet it. */
    public boolean appliesTo(Channel channel, ContactPurpose purpose, boolean limitedContent) {
      return channels.contains(channel)
          && purposes.contains(purpose)
          && !(limitedContent && waivedForLimitedContent);
    }
  }

  /**
   * Phrases a message must not contain, matched whatever the case and accents, whole words only.
   *
   * @param rule the rule and the provision it implements
   * @param why what such a phrase does, for the refusal ("false urgency")
   * @param phrases by language code ({@code en}, {@code es})
   */
  public record Wording(RuleRef rule, String why, Map<String, List<String>> phrases) {
    public Wording {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(why, "why");
      var copy = new LinkedHashMap<String, List<String>>();
      phrases.forEach((language, list) -> copy.put(language, List.copyOf(list)));
      phrases = Collections.unmodifiableMap(copy);
    }

    /** The phrases of this wording that {@code text}, in {@code language}, contains. */
    public List<String> foundIn(String text, String language) {
      var normal = " " + normalise(text) + " ";
      var found = new ArrayList<String>();
      for (var phrase : phrases.getOrDefault(language, List.of())) {
        if (normal.contains(" " + normalise(phrase) + " ")) {
          found.add(phrase);
        }
      }
      return found;
    }
  }

  /**
   * What a limited-content message may hold: only some placeholders (the required and optional
   * content), and no word that would tell a listener it is about a debt.
   *
   * @param rule the rule and the provision it implements
   * @param channels the channels a limited-content message may be left on
   * @param placeholders the only placeholders it may use
   * @param forbiddenWords word beginnings it must not contain, by language code
   */
  public record LimitedContent(
      RuleRef rule,
      Set<Channel> channels,
      Set<String> placeholders,
      Map<String, List<String>> forbiddenWords) {
    public LimitedContent {
      Objects.requireNonNull(rule, "rule");
      channels = Collections.unmodifiableSet(EnumSet.copyOf(nonEmpty(channels, "channels")));
      placeholders = Set.copyOf(placeholders);
      var copy = new LinkedHashMap<String, List<String>>();
      forbiddenWords.forEach((language, list) -> copy.put(language, List.copyOf(list)));
      forbiddenWords = Collections.unmodifiableMap(copy);
    }

    /** The forbidden word beginnings that start a word of {@code text}, in {@code language}. */
    public List<String> foundIn(String text, String language) {
      var normal = " " + normalise(text);
      var found = new ArrayList<String>();
      for (var word : forbiddenWords.getOrDefault(language, List.of())) {
        if (normal.contains(" " + normalise(word))) {
          found.add(word);
        }
      }
      return found;
    }
  }

  /**
   * How the end of the validation period follows from the date the notice is provided.
   *
   * @param rule the rule and the provision it implements
   * @param periodEndFor the end of the period for a notice provided on a date
   */
  public record ValidationDates(RuleRef rule, UnaryOperator<LocalDate> periodEndFor) {
    public ValidationDates {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(periodEndFor, "periodEndFor");
    }
  }

  /**
   * One way a message falls short.
   *
   * @param rule the rule it breaks
   * @param explanation what is wrong, for a person
   */
  public record Shortfall(RuleRef rule, String explanation) {
    public Shortfall {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
      return explanation + " (" + rule + ")";
    }
  }

  /** These requirements and {@code more}: both sets of elements and wording apply. */
  public MessageRequirements plus(MessageRequirements more) {
    var allRequirements = new ArrayList<>(requirements);
    more.requirements.stream()
        .filter(r -> !allRequirements.contains(r))
        .forEach(allRequirements::add);
    var allWording = new ArrayList<>(wording);
    more.wording.stream().filter(w -> !allWording.contains(w)).forEach(allWording::add);
    return new MessageRequirements(
        allRequirements,
        allWording,
        limitedContent != null ? limitedContent : more.limitedContent,
        validationDates != null ? validationDates : more.validationDates);
  }

  /** Whether a limited-content message may be left on {@code channel} here. */
  public boolean allowsLimitedContent(Channel channel) {
    return limitedContent != null && limitedContent.channels().contains(channel);
  }

  /** The requirements a message on {@code channel} for {@code purpose} must meet. */
  public List<Requirement> applicable(
      Channel channel, ContactPurpose purpose, boolean limitedContent) {
    return requirements.stream()
        .filter(r -> r.appliesTo(channel, purpose, limitedContent))
        .toList();
  }

  /**
   * Every way a rendered message falls short of these requirements when it is sent for {@code
   * purpose} at {@code at}: an element it lacks, or a validation notice whose period end is
   * missing, wrong, or computed from a date before it leaves.
   */
  public List<Shortfall> shortfalls(MessageFacts facts, ContactPurpose purpose, Instant at) {
    var found = new ArrayList<Shortfall>();
    // A limited-content message counts as one only where the jurisdiction has such a message;
    // elsewhere it must carry what any message must.
    boolean limited = facts.isLimitedContent() && allowsLimitedContent(facts.channel());
    for (var requirement : applicable(facts.channel(), purpose, limited)) {
      for (var element : requirement.elements()) {
        if (!facts.carries(element)) {
          found.add(
              new Shortfall(
                  requirement.rule(),
                  facts.label()
                      + " lacks "
                      + element.description()
                      + ", which every "
                      + facts.channel()
                      + " for "
                      + purpose
                      + " must carry"));
        }
      }
    }
    if (validationDates != null && purpose == ContactPurpose.VALIDATION_NOTICE) {
      found.addAll(validationShortfalls(facts, at));
    }
    return found;
  }

  private List<Shortfall> validationShortfalls(MessageFacts facts, Instant at) {
    var dates = Objects.requireNonNull(validationDates);
    var stated = facts.validationPeriodEndsOn();
    if (stated == null) {
      return List.of(
          new Shortfall(dates.rule(), facts.label() + " states no end of the validation period"));
    }
    var found = new ArrayList<Shortfall>();
    // The earliest calendar date anywhere at that instant: a notice rendered for an earlier day
    // would state a period that ends too early for a consumer who receives it later.
    var earliestToday = LocalDate.ofInstant(at, ZoneOffset.ofHours(-12));
    if (facts.providedOn().isBefore(earliestToday)) {
      found.add(
          new Shortfall(
              dates.rule(),
              facts.label()
                  + " was rendered to be provided on "
                  + facts.providedOn()
                  + ", before the day it leaves: its validation period would end too early"));
    }
    var expected = dates.periodEndFor().apply(facts.providedOn());
    if (!stated.equals(expected)) {
      found.add(
          new Shortfall(
              dates.rule(),
              facts.label()
                  + " states a validation period ending "
                  + stated
                  + ", but one provided on "
                  + facts.providedOn()
                  + " ends "
                  + expected));
    }
    return found;
  }

  /** Lower case, without accents, punctuation as spaces: how wording is compared. */
  static String normalise(String text) {
    var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static <T> Set<T> nonEmpty(Set<T> values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + ": at least one is required");
    }
    return values;
  }
}
