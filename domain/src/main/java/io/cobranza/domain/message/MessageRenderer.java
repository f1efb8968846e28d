package io.cobranza.domain.message;

import io.cobranza.domain.account.Account;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.contact.MessageRequirements;
import io.cobranza.domain.debtor.ContactPoint;
import io.cobranza.domain.money.CurrencyMismatchException;
import io.cobranza.domain.money.Money;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Fills a template for a debtor, a case and its debts: in the debtor's language, or in English when
 * the template has no variant in it (the facts say so); with the firm's details; with the
 * disclosures the platform supplies for the debtor's country and the channel; and, for a validation
 * notice, with the end of its validation period computed by the debtor's jurisdiction's rules from
 * the date the notice is provided. The message's {@link MessageFacts} list exactly the elements its
 * placeholders rendered.
 */
public final class MessageRenderer {
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SPANISH_DATE =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.of("es"));

  /** How many parsed texts are kept: far more than any firm's templates and their variants. */
  private static final int PARSED_KEPT = 4096;

  private final FirmDetails firm;
  private final ContactRuleBook rules;

  // Templates are rendered again and again (every contact, every option a recommender weighs):
  // their texts are parsed once, and a jurisdiction's requirements combined once.
  private final java.util.Map<String, TemplateText.Parsed> parsed =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());
  private final java.util.Map<io.cobranza.domain.debtor.Jurisdiction, MessageRequirements>
      requirements = java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /** A renderer for the firm's messages under {@code rules} (for the validation period). */
  public MessageRenderer(FirmDetails firm, ContactRuleBook rules) {
    this.firm = Objects.requireNonNull(firm, "firm");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The latest version of the requested template in {@code templates}, rendered. */
  public Rendering render(
      MessageTemplates templates, MessageRequest request, MessageInputs inputs) {
    return templates
        .latest(request.template())
        .map(template -> render(template, request, inputs))
        .orElseGet(() ->
            new Rendering.NotRendered(
                request.template(), List.of("there is no template " + request.template())));
  }

  /** {@code template} rendered for the request. */
  public Rendering render(MessageTemplate template, MessageRequest request, MessageInputs inputs) {
    var problems = new ArrayList<String>();
    var debtor = inputs.debtor();
    if (template.channel() != request.channel()) {
      problems.add(
          template.label() + " is a " + template.channel() + " template, not " + request.channel());
    }
    if (!template.purposes().contains(request.purpose())) {
      problems.add(template.label() + " does not serve " + request.purpose());
    }
    if (!template.reaches(debtor.jurisdiction())) {
      problems.add(template.label() + " does not reach " + debtor.jurisdiction());
    }
    var wanted = Language.of(debtor.language()).orElse(Language.ENGLISH);
    var chosen = template.variantFor(wanted);
    if (chosen.isEmpty()) {
      problems.add(template.label() + " has no English variant");
    }
    if (!problems.isEmpty()) {
      return new Rendering.NotRendered(template.name(), problems);
    }
    var language = chosen.get().getKey();
    var variant = chosen.get().getValue();
    var fill = new Fill(template, request, inputs, language, requirementsOf(inputs));
    var subject = variant.subject() == null ? null : fill.text(variant.subject());
    var body = fill.text(variant.body());
    ChannelLimits.body(template.channel())
        .ifPresent(limit -> {
          if (body.length() > limit) {
            fill.problems.add(
                "the message renders "
                    + body.length()
                    + " characters, more than the "
                    + limit
                    + " a "
                    + template.channel()
                    + " may have");
          }
        });
    if (!fill.problems.isEmpty()) {
      return new Rendering.NotRendered(template.name(), fill.problems);
    }
    if (template.limitedContent()) {
      fill.carried.add(MessageElement.LIMITED_CONTENT);
    }
    var facts =
        new MessageFacts(
            template.name(),
            template.version(),
            template.channel(),
            template.purposes(),
            language.locale(),
            debtor.language(),
            fill.carried,
            inputs.providedOn(),
            fill.periodEnd);
    return new Rendering.Rendered(new RenderedMessage(facts, subject, body));
  }

  private MessageRequirements requirementsOf(MessageInputs inputs) {
    return requirements.computeIfAbsent(
        inputs.debtor().jurisdiction(),
        jurisdiction ->
            rules
                .rulesFor(jurisdiction)
                .map(ContactRules::messageRequirements)
                .orElse(MessageRequirements.none()));
  }

  private TemplateText.Parsed parse(String text) {
    var known = parsed.get(text);
    if (known != null) {
      return known;
    }
    var fresh = TemplateText.parse(text);
    if (parsed.size() >= PARSED_KEPT) {
      parsed.clear();
    }
    parsed.put(text, fresh);
    return fresh;
  }

  /** One rendering's filling of placeholders, with what it carried and what went wrong. */
  private final class Fill {
    private final MessageTemplate template;
    private final MessageRequest request;
    private final MessageInputs inputs;
    private final Language language;
    private final MessageRequirements requirements;
    private final Locale locale;
    private final List<String> problems = new ArrayList<>();
    private final Set<MessageElement> carried = EnumSet.noneOf(MessageElement.class);
    private @Nullable LocalDate periodEnd;

    Fill(
        MessageTemplate template,
        MessageRequest request,
        MessageInputs inputs,
        Language language,
        MessageRequirements requirements) {
      this.template = template;
      this.request = request;
      this.inputs = inputs;
      this.language = language;
      this.requirements = requirements;
      this.locale = Locale.of(language.code(), inputs.debtor().jurisdiction().country());
    }

    String text(String text) {
      var parsed = parse(text);
      if (!parsed.problems().isEmpty()) {
        problems.addAll(parsed.problems());
        return "";
      }
      var out = new StringBuilder();
      for (var part : parsed.parts()) {
        switch (part) {
          case TemplateText.Literal literal -> out.append(literal.text());
          case TemplateText.Slot slot -> {
            var placeholder = Placeholder.of(slot.key());
            if (placeholder.isEmpty()) {
              problems.add("{{" + slot.key() + "}} is not a placeholder");
            } else {
              var value = value(placeholder.get());
              if (value != null && !value.isEmpty()) {
                placeholder.get().element().ifPresent(carried::add);
                out.append(value);
              }
            }
          }
        }
      }
      return tidy(out.toString());
    }

    /** The placeholder's text; null when it cannot be filled (a problem says why). */
    private @Nullable String value(Placeholder placeholder) {
      var theCase = inputs.collectionCase();
      var accounts = theCase.accounts();
      return switch (placeholder) {
        case DEBTOR_NAME -> known(inputs.debtorName(), placeholder, "the debtor's name");
        case DEBTOR_ADDRESS -> postalAddress(placeholder);
        case FIRM_NAME -> firm.name();
        case FIRM_TRADING_NAME -> firm.tradingName();
        case FIRM_PHONE -> firm.phone();
        case FIRM_ADDRESS -> firm.mailingAddress();
        case FIRM_CONTACT_PERSON -> firm.contactPerson();
        case PAYMENT_LINK -> firm.paymentLink();
        case AMOUNT_BALANCE -> total(accounts.stream().map(Account::balance).toList(), placeholder);
        case AMOUNT_MINIMUM_DUE ->
            total(accounts.stream().map(Account::minimumDue).toList(), placeholder);
        case DATE_NEXT_DUE ->
            accounts.stream()
                .map(Account::nextDueOn)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(this::date)
                .orElseGet(() -> unknown(placeholder, "no debt of the case has a next due date"));
        case DATE_TODAY -> date(inputs.providedOn());
        case ACCOUNT_REFERENCE ->
            accounts.stream().map(a -> masked(a.id().value())).collect(Collectors.joining(", "));
        case PLAN_OFFER -> planOffer(placeholder);
        case DEBT_COLLECTOR, OPT_OUT, FIRM_IDENTITY, FREE_DEBT_ADVICE -> platformText(placeholder);
        case VALIDATION_CONSUMER_PROTECTIONS -> {
          var end = periodEnd(placeholder);
          yield end == null ? null : platformText(placeholder);
        }
        case VALIDATION_RESPONSE_FORM -> platformText(placeholder);
        case VALIDATION_PERIOD_END -> {
          var end = periodEnd(placeholder);
          yield end == null ? null : date(end);
        }
        case VALIDATION_COLLECTOR -> firm.name() + ", " + firm.mailingAddress();
        case VALIDATION_CONSUMER -> {
          var name = known(inputs.debtorName(), placeholder, "the consumer's name");
          var address = postalAddress(placeholder);
          yield name == null || address == null ? null : name + ", " + address;
        }
        case VALIDATION_CREDITOR -> validation(placeholder, ValidationDetails::creditor);
        case VALIDATION_ACCOUNT_NUMBER ->
            validation(placeholder, details -> masked(details.accountNumber()));
        case VALIDATION_ITEMIZATION_DATE ->
            validation(placeholder, details -> date(details.itemizationDate()));
        case VALIDATION_ITEMIZATION -> validation(placeholder, this::itemization);
        case VALIDATION_CURRENT_AMOUNT -> currentAmount(placeholder);
      };
    }

    private @Nullable String platformText(Placeholder placeholder) {
      var end = periodEnd == null ? "" : date(periodEnd);
      return Disclosures.text(
              placeholder,
              language,
              template.channel(),
              inputs.debtor().jurisdiction().country(),
              firm,
              end)
          .orElse("");
    }

    private @Nullable LocalDate periodEnd(Placeholder placeholder) {
      if (periodEnd == null) {
        var dates = requirements.validationDates();
        if (dates == null) {
          unknown(
              placeholder,
              inputs.debtor().jurisdiction()
                  + " has no validation notice, so no validation period");
          return null;
        }
        periodEnd = dates.periodEndFor().apply(inputs.providedOn());
      }
      return periodEnd;
    }

    private @Nullable String validation(
        Placeholder placeholder, java.util.function.Function<ValidationDetails, String> part) {
      var details = validationDetails(placeholder);
      return details == null ? null : part.apply(details);
    }

    private @Nullable ValidationDetails validationDetails(Placeholder placeholder) {
      var details = inputs.validation();
      if (details == null) {
        unknown(
            placeholder,
            "no validation details (creditor, itemization) were given for case "
                + inputs.collectionCase().id());
        return null;
      }
      if (inputs.collectionCase().accounts().size() != 1) {
        unknown(
            placeholder,
            "a validation notice is about one debt; case "
                + inputs.collectionCase().id()
                + " has "
                + inputs.collectionCase().accounts().size());
        return null;
      }
      return details;
    }

    private @Nullable String currentAmount(Placeholder placeholder) {
      var details = validationDetails(placeholder);
      if (details == null) {
        return null;
      }
      var balance = inputs.collectionCase().accounts().getFirst().balance();
      if (!details.current().equals(balance)) {
        return unknown(
            placeholder,
            "the itemization comes to "
                + details.current()
                + ", but the debt's balance is "
                + balance);
      }
      return money(balance);
    }

    private String itemization(ValidationDetails details) {
      var on = date(details.itemizationDate());
      return language == Language.SPANISH
          ? "Al "
              + on
              + ", usted debía: "
              + money(details.amountOnItemizationDate())
              + ". Entre el "
              + on
              + " y hoy se le cobró en intereses: + "
              + money(details.interest())
              + "; en cargos: + "
              + money(details.fees())
              + "; pagó o se le acreditó: - "
              + money(details.paymentsAndCredits())
              + ". Cantidad total de la deuda ahora: "
              + money(details.current())
              + "."
          : "As of "
              + on
              + ", you owed: "
              + money(details.amountOnItemizationDate())
              + ". Between "
              + on
              + " and today you were charged in interest: + "
              + money(details.interest())
              + "; in fees: + "
              + money(details.fees())
              + "; you paid or were credited: - "
              + money(details.paymentsAndCredits())
              + ". Total amount of the debt now: "
              + money(details.current())
              + ".";
    }

    private @Nullable String planOffer(Placeholder placeholder) {
      var offer = request.planOffer();
      if (offer == null) {
        return unknown(placeholder, "the contact offers no plan");
      }
      var n = offer.maxInstalments();
      boolean es = language == Language.SPANISH;
      var cadence =
          switch (offer.cadence()) {
            case WEEKLY -> es ? "semanales" : "weekly";
            case FORTNIGHTLY -> es ? "quincenales" : "fortnightly";
            case MONTHLY -> es ? "mensuales" : "monthly";
          };
      return es
          ? "hasta " + n + " cuotas " + cadence
          : "up to " + n + " " + cadence + (n == 1 ? " instalment" : " instalments");
    }

    private @Nullable String postalAddress(Placeholder placeholder) {
      return inputs.debtor().contactPoints().stream()
          .filter(p -> p.kind() == ContactPoint.Kind.POSTAL)
          .map(ContactPoint::address)
          .findFirst()
          .orElseGet(() -> unknown(placeholder, "the debtor has no postal address"));
    }

    private @Nullable String total(List<Money> amounts, Placeholder placeholder) {
      try {
        var sum = amounts.getFirst();
        for (var amount : amounts.subList(1, amounts.size())) {
          sum = sum.plus(amount);
        }
        return money(sum);
      } catch (CurrencyMismatchException e) {
        return unknown(placeholder, "the case's debts are in different currencies");
      }
    }

    private @Nullable String known(@Nullable String value, Placeholder placeholder, String what) {
      return value == null || value.isBlank()
          ? unknown(placeholder, what + " is not known")
          : value;
    }

    private @Nullable String unknown(Placeholder placeholder, String why) {
      problems.add(placeholder + " cannot be filled: " + why);
      return null;
    }

    private String money(Money amount) {
      var format = NumberFormat.getCurrencyInstance(locale);
      format.setCurrency(amount.currency());
      return format.format(amount.amount());
    }

    private String date(LocalDate date) {
      return (language == Language.SPANISH ? SPANISH_DATE : ENGLISH_DATE).format(date);
    }
  }

  /** All but the last four characters hidden. */
  private static String masked(String reference) {
    return reference.length() <= 4
        ? reference
        : "..." + reference.substring(reference.length() - 4);
  }

  /** Runs of spaces folded, lines trimmed: a disclosure that renders as nothing leaves no gap. */
  private static String tidy(String text) {
    // One pass by hand rather than with patterns: every contact renders its message (and every
    // option a recommender weighs), and this is the hottest loop of a rendering.
    var out = new StringBuilder(text.length());
    int newlines = 0;
    boolean space = false;
    boolean lineStarted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (lineStarted) {
          newlines = 1;
        } else if (newlines > 0) {
          newlines = 2;
        }
        lineStarted = false;
        space = false;
      } else if (c == ' ' || c == '\t') {
        space = lineStarted;
      } else {
        if (!lineStarted && !out.isEmpty()) {
          out.append(newlines > 1 ? "\n\n" : "\n");
        } else if (space) {
          out.append(' ');
        }
        out.append(c);
        lineStarted = true;
        space = false;
        newlines = 0;
      }
    }
    return out.toString();
  }
}
