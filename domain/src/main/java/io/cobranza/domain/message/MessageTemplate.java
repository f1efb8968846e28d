package io.cobranza.domain.message;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A message template: versioned data that say what the platform writes (or a call script says) on
 * one channel, for some purposes, to debtors in some countries, in English and possibly Spanish,
 * with placeholders the rendering fills. Protocols name templates by {@code name}; a case renders
 * the latest version. Build it from a document or in code, then {@link #validate} it against the
 * contact rules before it is used.
 *
 * @param name the name protocols use, such as {@code early.reminder.sms}; shared by its versions
 * @param version the version, from 1
 * @param channel the channel it is written for
 * @param purposes the purposes it may serve (collection, the validation notice, ...)
 * @param reach the countries whose debtors it may be sent to ({@code US}, {@code GB})
 * @param limitedContent whether it is a limited-content voicemail (12 CFR 1006.2(j)): only the
 *     required and optional content, and then no disclosure
 * @param variants the text in each language it is written in; English is required
 */
public record MessageTemplate(
    String name,
    int version,
    Channel channel,
    Set<ContactPurpose> purposes,
    Set<Jurisdiction> reach,
    boolean limitedContent,
    Map<Language, Variant> variants) {

  public MessageTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channel, "channel");
    purposes =
        purposes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(purposes));
    // In the order written, so that an error's reach[i] points at the document's entry.
    reach = Collections.unmodifiableSet(new LinkedHashSet<>(reach));
    var copy = new EnumMap<Language, Variant>(Language.class);
    variants.forEach((language, variant) ->
        copy.put(
            Objects.requireNonNull(language, "variants: language"),
            Objects.requireNonNull(variant, "variants: variant of " + language)));
    variants = Collections.unmodifiableMap(copy);
  }

  /**
   * The text in one language.
   *
   * @param subject the subject line of an e-mail (or heading of a letter or in-app message), or
   *     null
   * @param body the text, with placeholders written {@code {{name}}}
   */
  public record Variant(@Nullable String subject, String body) {
    public Variant {
      Objects.requireNonNull(body, "body");
    }
  }

  /** Every mistake in the template, checked against {@code rules}; empty when it is valid. */
  public List<TemplateError> validate(ContactRuleBook rules) {
    return TemplateValidator.validate(this, rules);
  }

  /**
   * This template, if it is valid under {@code rules}.
   *
   * @throws IllegalArgumentException listing every error, if it is not
   */
  public MessageTemplate requireValid(ContactRuleBook rules) {
    var errors = validate(rules);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "template "
              + label()
              + " is invalid ("
              + errors.size()
              + (errors.size() == 1 ? " error):" : " errors):")
              + errors.stream().map(e -> "\n  - " + e).collect(Collectors.joining()));
    }
    return this;
  }

  /** The variant for a debtor who speaks {@code language}: theirs, or English when it has none. */
  public Optional<Map.Entry<Language, Variant>> variantFor(Language language) {
    var own = variants.get(language);
    if (own != null) {
      return Optional.of(Map.entry(language, own));
    }
    var english = variants.get(Language.ENGLISH);
    return english == null ? Optional.empty() : Optional.of(Map.entry(Language.ENGLISH, english));
  }

  /** Whether it may be sent to a debtor in {@code jurisdiction} (or a subdivision of a country). */
  public boolean reaches(Jurisdiction jurisdiction) {
    return reach.contains(jurisdiction.countryLevel());
  }

  /** {@code early.reminder.sms v2}. */
  public String label() {
    return name + " v" + version;
  }
}
