package io.cobranza.domain.message;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageRequirements;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a message template and lists every mistake at once, each naming its field: a blank name, a
 * version below 1, no purpose, no reach or a country without contact rules, no English variant, an
 * empty body, a subject where the channel has none (or none on an e-mail), an unbalanced brace or
 * an unknown placeholder, a text that may be too long for its channel, a limited-content message
 * that holds more than it may; and, for every jurisdiction the template may reach (each country and
 * every subdivision with rules of its own), every element the jurisdiction requires of a message on
 * the channel for each of the template's purposes that a variant lacks, and every phrase the
 * jurisdiction forbids that a variant uses.
 */
public final class TemplateValidator {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  /** A firm whose every detail is as long as the length check allows for. */
  private static final FirmDetails LONGEST_FIRM =
      new FirmDetails(
          "x".repeat(Placeholder.FIRM_NAME.allowance()),
          "x".repeat(Placeholder.FIRM_TRADING_NAME.allowance()),
          "x".repeat(Placeholder.FIRM_PHONE.allowance()),
          "x".repeat(Placeholder.FIRM_ADDRESS.allowance()),
          "x".repeat(Placeholder.FIRM_CONTACT_PERSON.allowance()),
          "x".repeat(Placeholder.PAYMENT_LINK.allowance()));

  private static final String LONGEST_DATE = "x".repeat(Placeholder.DATE_TODAY.allowance());

  private TemplateValidator() {}

  /** Every mistake in {@code template} under {@code rules}; empty when it is valid. */
  public static List<TemplateError> validate(MessageTemplate template, ContactRuleBook rules) {
    var errors = new ArrayList<TemplateError>();
    checkFields(template, errors);
    var reached = reached(template, rules, errors);
    checkLimitedContent(template, reached, errors);
    for (var variant : template.variants().entrySet()) {
      new VariantCheck(template, variant.getKey(), variant.getValue(), reached, errors).run();
    }
    return List.copyOf(errors);
  }

  private static void checkFields(MessageTemplate template, List<TemplateError> errors) {
    if (template.name().isBlank()) {
      errors.add(new TemplateError("name", "a template needs a name"));
    } else if (!NAME.matcher(template.name()).matches()) {
      errors.add(
          new TemplateError(
              "name", "'" + template.name() + "' is not lower-case words joined by . or -"));
    }
    if (template.version() < 1) {
      errors.add(new TemplateError("version", "versions start at 1, found " + template.version()));
    }
    if (template.purposes().isEmpty()) {
      errors.add(new TemplateError("purposes", "a template serves at least one purpose"));
    }
    var channel = template.channel();
    if (template.purposes().contains(ContactPurpose.VALIDATION_NOTICE)
        && channel != Channel.LETTER
        && channel != Channel.EMAIL) {
      errors.add(
          new TemplateError(
              "channel",
              "a validation notice is a letter or an e-mail the consumer can keep (12 CFR"
                  + " 1006.42), not a "
                  + channel));
    }
    if (template.reach().isEmpty()) {
      errors.add(new TemplateError("reach", "a template reaches at least one country"));
    }
    if (template.variants().isEmpty()) {
      errors.add(new TemplateError("variants", "a template needs a text in at least one language"));
    } else if (!template.variants().containsKey(Language.ENGLISH)) {
      errors.add(
          new TemplateError(
              "variants",
              "every template has an English variant: a debtor whose language the template does"
                  + " not have receives it"));
    }
  }

  /** The requirements of every jurisdiction the template reaches, by jurisdiction. */
  private static Map<Jurisdiction, MessageRequirements> reached(
      MessageTemplate template, ContactRuleBook rules, List<TemplateError> errors) {
    var reached = new LinkedHashMap<Jurisdiction, MessageRequirements>();
    var subdivisions =
        rules.byJurisdiction().keySet().stream()
            .sorted(Comparator.comparing(Jurisdiction::code))
            .toList();
    int i = 0;
    for (var country : template.reach()) {
      var field = "reach[" + i++ + "]";
      if (!country.equals(country.countryLevel())) {
        errors.add(
            new TemplateError(
                field, "reach names countries; " + country + " is part of " + country.country()));
        continue;
      }
      var own = rules.rulesFor(country);
      if (own.isEmpty()) {
        errors.add(
            new TemplateError(
                field,
                "no contact rule set is configured for "
                    + country
                    + ", so no message may be sent there"));
        continue;
      }
      reached.put(country, own.get().messageRequirements());
      for (var subdivision : subdivisions) {
        if (!subdivision.equals(country) && subdivision.countryLevel().equals(country)) {
          rules
              .rulesFor(subdivision)
              .ifPresent(r -> reached.put(subdivision, r.messageRequirements()));
        }
      }
    }
    return reached;
  }

  private static void checkLimitedContent(
      MessageTemplate template,
      Map<Jurisdiction, MessageRequirements> reached,
      List<TemplateError> errors) {
    if (!template.limitedContent()) {
      return;
    }
    boolean anywhere =
        reached.values().stream().anyMatch(r -> r.allowsLimitedContent(template.channel()));
    if (!anywhere && !reached.isEmpty()) {
      errors.add(
          new TemplateError(
              "limitedContent",
              "no jurisdiction the template reaches has a limited-content message on "
                  + template.channel()
                  + " (Regulation F's is a voicemail, RINGLESS_VOICEMAIL)"));
    }
  }

  /** The checks of one language's text. */
  private static final class VariantCheck {
    private final MessageTemplate template;
    private final Language language;
    private final MessageTemplate.Variant variant;
    private final Map<Jurisdiction, MessageRequirements> reached;
    private final List<TemplateError> errors;
    private final String prefix;

    VariantCheck(
        MessageTemplate template,
        Language language,
        MessageTemplate.Variant variant,
        Map<Jurisdiction, MessageRequirements> reached,
        List<TemplateError> errors) {
      this.template = template;
      this.language = language;
      this.variant = variant;
      this.reached = reached;
      this.errors = errors;
      this.prefix = "variants." + language.code();
    }

    void run() {
      var channel = template.channel();
      var subject = variant.subject();
      if (ChannelLimits.needsSubject(channel) && (subject == null || subject.isBlank())) {
        error(".subject", "an e-mail needs a subject");
      } else if (!ChannelLimits.allowsSubject(channel) && subject != null) {
        error(".subject", "a " + channel + " has no subject");
      }
      if (variant.body().isBlank()) {
        error(".body", "must not be empty: the " + language.code() + " variant has no text");
        return;
      }
      var used = EnumSet.noneOf(Placeholder.class);
      var body = TemplateText.parse(variant.body());
      used.addAll(known(".body", body));
      if (subject != null) {
        var parsedSubject = TemplateText.parse(subject);
        used.addAll(known(".subject", parsedSubject));
        checkLength(".subject", parsedSubject, ChannelLimits.SUBJECT);
      }
      ChannelLimits.body(channel).ifPresent(limit -> checkLength(".body", body, limit));
      checkWhereUsed(used);
      checkRequirements(used);
      checkWording(subject == null ? variant.body() : subject + "\n" + variant.body());
      if (template.limitedContent()) {
        checkLimitedContent(used, variant.body());
      }
    }

    /** The known placeholders of a text; its syntax mistakes and unknown names are errors. */
    private Set<Placeholder> known(String field, TemplateText.Parsed parsed) {
      parsed.problems().forEach(problem -> error(field, problem));
      var known = EnumSet.noneOf(Placeholder.class);
      for (var key : parsed.keys()) {
        var placeholder = Placeholder.of(key);
        if (placeholder.isPresent()) {
          known.add(placeholder.get());
        } else {
          error(
              field,
              "{{"
                  + key
                  + "}} is not a placeholder (the placeholders are listed in docs/protocols.md)");
        }
      }
      return known;
    }

    private void checkWhereUsed(Set<Placeholder> used) {
      var channel = template.channel();
      if (used.contains(Placeholder.OPT_OUT) && !channel.isElectronic()) {
        error(
            ".body",
            Placeholder.OPT_OUT
                + " is for electronic messages (SMS, EMAIL, IN_APP), not a "
                + channel);
      }
      for (var placeholder : used) {
        if (placeholder.kind() != Placeholder.Kind.VALIDATION) {
          continue;
        }
        for (var entry : reached.entrySet()) {
          if (entry.getValue().validationDates() == null) {
            error(
                ".body",
                placeholder
                    + " is part of a validation notice, which "
                    + entry.getKey()
                    + " does not have");
          }
        }
      }
    }

    private void checkRequirements(Set<Placeholder> used) {
      var carried = EnumSet.noneOf(MessageElement.class);
      used.forEach(p -> p.element().ifPresent(carried::add));
      var reported = new HashSet<String>();
      for (var entry : reached.entrySet()) {
        var requirements = entry.getValue();
        boolean limited =
            template.limitedContent() && requirements.allowsLimitedContent(template.channel());
        for (var purpose : template.purposes()) {
          for (var requirement : requirements.applicable(template.channel(), purpose, limited)) {
            for (var element : requirement.elements()) {
              var key = entry.getKey() + " " + requirement.rule().id() + " " + element;
              if (!carried.contains(element) && reported.add(key)) {
                error(
                    ".body",
                    "lacks "
                        + placeholderOf(element).map(p -> p + ", ").orElse("")
                        + element.description()
                        + ", which "
                        + requirement.rule().provision()
                        + " requires of every "
                        + template.channel()
                        + " for "
                        + purpose
                        + " to a debtor in "
                        + entry.getKey()
                        + " ("
                        + requirement.rule().id()
                        + ")");
              }
            }
          }
        }
      }
    }

    private void checkWording(String text) {
      var reported = new HashSet<String>();
      for (var entry : reached.entrySet()) {
        for (var wording : entry.getValue().wording()) {
          for (var phrase : wording.foundIn(text, language.code())) {
            if (reported.add(wording.rule().id() + " " + phrase)) {
              error(
                  ".body",
                  "'"
                      + phrase
                      + "' is "
                      + wording.why()
                      + ", which "
                      + wording.rule().provision()
                      + " forbids in a message to a debtor in "
                      + entry.getKey()
                      + " ("
                      + wording.rule().id()
                      + ")");
            }
          }
        }
      }
    }

    private void checkLimitedContent(Set<Placeholder> used, String body) {
      for (var entry : reached.entrySet()) {
        var limited = entry.getValue().limitedContent();
        if (limited == null || !limited.channels().contains(template.channel())) {
          continue;
        }
        for (var placeholder : used) {
          if (!limited.placeholders().contains(placeholder.key())) {
            error(
                ".body",
                placeholder
                    + " may not be in a limited-content message ("
                    + limited.rule()
                    + "), which may name only "
                    + limited.placeholders().stream().sorted().map(k -> "{{" + k + "}}").toList());
          }
        }
        for (var word : limited.foundIn(body, language.code())) {
          error(
              ".body",
              "'"
                  + word
                  + "...' tells a listener the call is about a debt, which a limited-content"
                  + " message may not ("
                  + limited.rule()
                  + ")");
        }
      }
    }

    private void checkLength(String field, TemplateText.Parsed parsed, int limit) {
      int length = parsed.literalLength();
      for (var key : parsed.keys()) {
        var placeholder = Placeholder.of(key);
        if (placeholder.isPresent()) {
          length += longest(placeholder.get());
        }
      }
      if (length > limit) {
        error(
            field,
            "may be "
                + length
                + " characters long once rendered, more than the "
                + limit
                + " a "
                + template.channel()
                + (field.endsWith("subject") ? " subject" : "")
                + " may have");
      }
    }

    /** The longest the placeholder renders in this language, on this channel, in any country. */
    private int longest(Placeholder placeholder) {
      int longest = placeholder.allowance();
      for (var jurisdiction : reached.keySet()) {
        var text =
            Disclosures.text(
                placeholder,
                language,
                template.channel(),
                jurisdiction.country(),
                LONGEST_FIRM,
                LONGEST_DATE);
        longest = Math.max(longest, text.map(String::length).orElse(0));
      }
      return longest;
    }

    private void error(String field, String message) {
      errors.add(new TemplateError(prefix + field, message));
    }
  }

  private static Optional<Placeholder> placeholderOf(@Nullable MessageElement element) {
    for (var placeholder : Placeholder.values()) {
      if (placeholder.element().isPresent() && placeholder.element().get() == element) {
        return Optional.of(placeholder);
      }
    }
    return Optional.empty();
  }
}
