package io.cobranza.domain.contact;

import io.cobranza.domain.debtor.Channel;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a rendered message is and carries, as the contact gate sees it: which template (name,
 * version, language), for which channel and purposes, which disclosures and opt-out notice it
 * carries, and the dates of a validation notice. The text itself stays with the message; the gate
 * judges these facts.
 *
 * @param template the template's name, the one protocols use ({@code early.reminder.sms})
 * @param version the template's version
 * @param channel the channel it was rendered for
 * @param purposes the purposes the template may serve
 * @param language the language it was rendered in
 * @param requestedLanguage the debtor's language; differs from {@code language} when the template
 *     has no variant in it and the message fell back to English
 * @param carries what it carries that the rules may ask for
 * @param providedOn the date the message is rendered to be provided on
 * @param validationPeriodEndsOn the end of the validation period it states, or null when it states
 *     none
 */
public record MessageFacts(
    String template,
    int version,
    Channel channel,
    Set<ContactPurpose> purposes,
    Locale language,
    Locale requestedLanguage,
    Set<MessageElement> carries,
    LocalDate providedOn,
    @Nullable LocalDate validationPeriodEndsOn) {

  public MessageFacts {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(requestedLanguage, "requestedLanguage");
    Objects.requireNonNull(providedOn, "providedOn");
    purposes = enums(purposes);
    carries = enums(carries);
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("purposes: a message serves at least one purpose");
    }
  }

  /** Whether it carries {@code element}. */
  public boolean carries(MessageElement element) {
    return carries.contains(element);
  }

  /** Whether it is a limited-content message (12 CFR 1006.2(j)). */
  public boolean isLimitedContent() {
    return carries.contains(MessageElement.LIMITED_CONTENT);
  }

  /** Whether the debtor's language had no variant, so the message is in English instead. */
  public boolean fellBack() {
    return !language.getLanguage().equals(requestedLanguage.getLanguage());
  }

  /** {@code early.reminder.sms v2 (es)}, with the fallback when there was one. */
  public String label() {
    var label = template + " v" + version + " (" + language.getLanguage() + ")";
    return fellBack() ? label + ", no " + requestedLanguage.getLanguage() + " variant" : label;
  }

  private static <E extends Enum<E>> Set<E> enums(Set<E> values) {
    return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
  }
}
