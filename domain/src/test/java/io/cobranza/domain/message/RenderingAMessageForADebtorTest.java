package io.cobranza.domain.message;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS_ES;
import static io.cobranza.domain.fixtures.TemplateBuilder.FIRM;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.money.Money;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.PlanOffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A template filled in for a debtor: their language (or English, saying so), the disclosures their
 * country asks for on the channel, the validation period computed from the date the notice is
 * provided, and facts that say exactly what the message carries.
 */
class RenderingAMessageForADebtorTest {
  private static final LocalDate PROVIDED = LocalDate.parse("2026-11-20");

  private final MessageRenderer renderer = new MessageRenderer(FIRM, StandardRuleBook.create());
  private final MessageTemplate reminder =
      aTemplate("early.reminder.sms")
          .reaching(Jurisdiction.US, Jurisdiction.GB)
          .english(COMPLIANT_SMS)
          .spanish(COMPLIANT_SMS_ES)
          .build();
  private final CollectionCase theCase =
      aCase()
          .withAccount(
              anAccount().withBalance("1200.00", "USD").withMinimumDue("85.50", "USD").build())
          .build();

  private RenderedMessage rendered(MessageTemplate template, Debtor debtor, MessageInputs inputs) {
    var request =
        new MessageRequest(
            template.name(), template.channel(), template.purposes().iterator().next(), null);
    var rendering = renderer.render(template, request, inputs);
    assertThat(rendering).isInstanceOf(Rendering.Rendered.class);
    return ((Rendering.Rendered) rendering).message();
  }

  private RenderedMessage rendered(MessageTemplate template, Debtor debtor) {
    return rendered(template, debtor, new MessageInputs(debtor, theCase, PROVIDED, null, null));
  }

  @Test
  void aUsTextCarriesTheDebtCollectorDisclosureAndTheOptOutButNoUkSignpost() {
    var message = rendered(reminder, aDebtor().build());
    assertThat(message.body())
        .isEqualTo(
            "From Example Collections LLC, +1 512 555 0199. A payment of $85.50 is due. Pay at"
                + " https://pay.example.com. This is a debt collector attempting to collect a"
                + " debt; any information obtained will be used for that purpose. Reply STOP to"
                + " opt out.");
    assertThat(message.facts().carries())
        .containsExactlyInAnyOrder(
            MessageElement.FIRM_IDENTITY,
            MessageElement.DEBT_COLLECTOR_DISCLOSURE,
            MessageElement.OPT_OUT_NOTICE);
    assertThat(message.facts().label()).isEqualTo("early.reminder.sms v1 (en)");
  }

  /**
   * The UK customer of a lender is not told the lender is a debt collector (that would mislead,
   * CONC 7.11), and is told where to get free debt advice.
   */
  @Test
  void aUkTextSignpostsFreeDebtAdviceAndDoesNotCallTheFirmADebtCollector() {
    var message = rendered(reminder, aDebtor().inJurisdiction(Jurisdiction.GB).build());
    assertThat(message.body()).contains("Free debt advice: moneyhelper.org.uk Reply STOP");
    assertThat(message.facts().carries())
        .containsExactlyInAnyOrder(
            MessageElement.FIRM_IDENTITY,
            MessageElement.FREE_DEBT_ADVICE,
            MessageElement.OPT_OUT_NOTICE);
  }

  @Test
  void aSpanishDebtorGetsTheSpanishVariant() {
    var message = rendered(reminder, aDebtor().speaking(Locale.forLanguageTag("es-US")).build());
    assertThat(message.body())
        .startsWith("De Example Collections LLC, +1 512 555 0199. Tiene un pago de")
        .endsWith("se usará con ese fin. Responda STOP para no recibir más mensajes.");
    assertThat(message.facts().language()).isEqualTo(Locale.of("es"));
    assertThat(message.facts().fellBack()).isFalse();
  }

  @Test
  void aDebtorWhoseLanguageTheTemplateLacksGetsEnglishAndTheFactsSaySo() {
    var message = rendered(reminder, aDebtor().speaking(Locale.FRENCH).build());
    assertThat(message.body()).startsWith("From Example Collections LLC");
    assertThat(message.facts().fellBack()).isTrue();
    assertThat(message.facts().label()).isEqualTo("early.reminder.sms v1 (en), no fr variant");
  }

  @Test
  void aPlanOfferSaysItsTermsInTheDebtorsLanguage() {
    var offer =
        aTemplate("early.plan-offer.sms")
            .english(COMPLIANT_SMS + " Pay in {{plan.offer}}.")
            .spanish(COMPLIANT_SMS_ES + " Pague en {{plan.offer}}.")
            .build();
    var debtor = aDebtor().speaking(Locale.forLanguageTag("es-US")).build();
    var rendering =
        renderer.render(
            offer,
            new MessageRequest(
                offer.name(),
                Channel.SMS,
                ContactPurpose.COLLECTION,
                new PlanOffer(Cadence.FORTNIGHTLY, 6)),
            new MessageInputs(debtor, theCase, PROVIDED, null, null));
    assertThat(((Rendering.Rendered) rendering).message().body())
        .endsWith("Pague en hasta 6 cuotas quincenales.");
  }

  /**
   * 12 CFR 1006.34(b)(5): the validation period ends 30 days after receipt, assumed on the 5th
   * business day after the notice is provided. Provided on Friday 20 November 2026, it is assumed
   * received on Monday 30 November (Thanksgiving skipped) and ends on 30 December 2026.
   */
  @Test
  void aValidationNoticeStatesTheEndOfItsPeriodComputedFromTheDateItIsProvided() {
    var notice =
        aTemplate("us.validation-notice.letter")
            .on(Channel.LETTER)
            .forPurposes(ContactPurpose.VALIDATION_NOTICE)
            .english(
                "{{disclosure.debt-collector}} {{validation.collector}}. To {{validation.consumer}}."
                    + " {{validation.creditor}}, account {{validation.account-number}}."
                    + " {{validation.itemization-date}}: {{validation.itemization}} Now:"
                    + " {{validation.current-amount}}. Dispute by {{validation.period-end}}."
                    + " {{validation.consumer-protections}} {{validation.response-form}}")
            .build();
    assertThat(notice.validate(StandardRuleBook.create())).isEmpty();
    var debtor = aDebtor().build();
    var details =
        new ValidationDetails(
            "Example Bank",
            "4111000012345678",
            LocalDate.parse("2026-06-30"),
            Money.of("1100.00", "USD"),
            Money.of("80.00", "USD"),
            Money.of("40.00", "USD"),
            Money.of("20.00", "USD"));
    var message =
        rendered(notice, debtor, new MessageInputs(debtor, theCase, PROVIDED, "Alex Doe", details));
    assertThat(message.facts().validationPeriodEndsOn()).isEqualTo(LocalDate.parse("2026-12-30"));
    assertThat(message.facts().carries())
        .containsAll(io.cobranza.domain.contact.usregf.RegulationF.VALIDATION_INFORMATION_ELEMENTS);
    assertThat(message.body())
        .contains("Dispute by December 30, 2026.")
        .contains("To Alex Doe, 1 Main St, Austin TX 78701.")
        .contains("account ...5678")
        .contains("Now: $1,200.00.");
  }

  @Test
  void aValidationNoticeWithoutTheDetailsThePlatformDoesNotKeepIsNotRendered() {
    var notice =
        aTemplate("us.validation-notice.letter")
            .on(Channel.LETTER)
            .forPurposes(ContactPurpose.VALIDATION_NOTICE)
            .english("{{validation.creditor}} {{debtor.name}}")
            .build();
    var rendering =
        renderer.render(
            notice,
            new MessageRequest(
                notice.name(), Channel.LETTER, ContactPurpose.VALIDATION_NOTICE, null),
            new MessageInputs(aDebtor().build(), theCase, PROVIDED, null, null));
    assertThat(rendering)
        .isEqualTo(
            new Rendering.NotRendered(
                notice.name(),
                List.of(
                    "{{validation.creditor}} cannot be filled: no validation details (creditor,"
                        + " itemization) were given for case C-1",
                    "{{debtor.name}} cannot be filled: the debtor's name is not known")));
  }

  @Test
  void aTemplateIsNotRenderedForAnotherChannelPurposeOrCountry() {
    var usOnly = aTemplate("early.reminder.sms").english(COMPLIANT_SMS).build();
    var rendering =
        renderer.render(
            usOnly,
            new MessageRequest(usOnly.name(), Channel.EMAIL, ContactPurpose.VERIFICATION, null),
            new MessageInputs(
                aDebtor().inJurisdiction(Jurisdiction.GB).build(), theCase, PROVIDED, null, null));
    assertThat(rendering)
        .isEqualTo(
            new Rendering.NotRendered(
                usOnly.name(),
                List.of(
                    "early.reminder.sms v1 is a SMS template, not EMAIL",
                    "early.reminder.sms v1 does not serve VERIFICATION",
                    "early.reminder.sms v1 does not reach GB")));
  }

  @Test
  void theLatestVersionOfANamedTemplateIsRenderedAndAMissingOneIsNot() {
    var templates =
        MessageTemplates.of(
            List.of(
                reminder,
                aTemplate("early.reminder.sms")
                    .version(2)
                    .english(COMPLIANT_SMS)
                    .reaching(Jurisdiction.US)
                    .build()));
    var request =
        new MessageRequest("early.reminder.sms", Channel.SMS, ContactPurpose.COLLECTION, null);
    var inputs = new MessageInputs(aDebtor().build(), theCase, PROVIDED, null, null);
    assertThat(renderer.render(templates, request, inputs))
        .isInstanceOfSatisfying(
            Rendering.Rendered.class, r -> assertThat(r.message().facts().version()).isEqualTo(2));
    assertThat(
            renderer.render(
                templates,
                new MessageRequest("no.such.sms", Channel.SMS, ContactPurpose.COLLECTION, null),
                inputs))
        .isEqualTo(
            new Rendering.NotRendered("no.such.sms", List.of("there is no template no.such.sms")));
  }
}
