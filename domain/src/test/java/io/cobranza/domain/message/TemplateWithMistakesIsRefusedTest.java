package io.cobranza.domain.message;

import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS_ES;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A template is refused with every mistake listed, each naming its field: what the text gets wrong
 * (braces, placeholders, length, languages) and what the jurisdictions it may reach require of it.
 */
class TemplateWithMistakesIsRefusedTest {
  private final ContactRuleBook rules = StandardRuleBook.create();

  private List<String> errorsOf(MessageTemplate template) {
    return template.validate(rules).stream().map(TemplateError::toString).toList();
  }

  @Test
  void aTextThatCarriesWhatUsAndGbRequireIsValid() {
    var template =
        aTemplate("early.reminder.sms")
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english(COMPLIANT_SMS)
            .spanish(COMPLIANT_SMS_ES)
            .build();
    assertThat(errorsOf(template)).isEmpty();
    assertThat(template.requireValid(rules)).isSameAs(template);
  }

  /**
   * 12 CFR 1006.6(e): every e-mail and text to a US consumer carries a clear and conspicuous
   * statement of how to opt out; 1006.18(e): every communication says it is from a debt collector.
   * A template that claims US reach without them is refused, every missing element in every
   * language listed.
   */
  @Test
  void aTemplateClaimingUsReachWithoutAnOptOutIsRefusedWithEveryProblemListed() {
    var template =
        aTemplate("early.reminder.sms")
            .english("{{disclosure.firm-identity}} Your payment of {{amount.minimum-due}} is due.")
            .spanish("{{disclosure.firm-identity}} Su pago de {{amount.minimum-due}} vence pronto.")
            .build();
    assertThat(errorsOf(template))
        .containsExactly(
            "variants.en.body: lacks {{disclosure.opt-out}}, the opt-out notice, which 12 CFR"
                + " 1006.6(e) requires of every SMS for COLLECTION to a debtor in US"
                + " (regf.opt-out-notice)",
            "variants.en.body: lacks {{disclosure.debt-collector}}, the debt-collector disclosure,"
                + " which 12 CFR 1006.18(e) (FDCPA 807(11)) requires of every SMS for COLLECTION"
                + " to a debtor in US (regf.debt-collector-disclosure)",
            "variants.es.body: lacks {{disclosure.opt-out}}, the opt-out notice, which 12 CFR"
                + " 1006.6(e) requires of every SMS for COLLECTION to a debtor in US"
                + " (regf.opt-out-notice)",
            "variants.es.body: lacks {{disclosure.debt-collector}}, the debt-collector disclosure,"
                + " which 12 CFR 1006.18(e) (FDCPA 807(11)) requires of every SMS for COLLECTION"
                + " to a debtor in US (regf.debt-collector-disclosure)");
    assertThatThrownBy(() -> template.requireValid(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template early.reminder.sms v1 is invalid (4 errors)");
  }

  /**
   * FCA CONC 7: the firm's identity and a signpost to free debt advice in every written message to
   * a UK customer, and no false urgency (CONC 7.3.10R(2)): as far as a check of phrases can tell.
   */
  @Test
  void aUkLetterWithoutTheFreeDebtAdviceSignpostAndWithFalseUrgencyIsRefused() {
    var template =
        aTemplate("late.arrears.letter")
            .on(Channel.LETTER)
            .reaching(Jurisdiction.GB)
            .english(
                "Act now: pay {{amount.balance}} within 24 hours. {{disclosure.firm-identity}}")
            .spanish("Urgente: pague {{amount.balance}}. {{disclosure.firm-identity}}")
            .build();
    assertThat(errorsOf(template))
        .containsExactly(
            "variants.en.body: lacks {{disclosure.free-debt-advice}}, the free-debt-advice"
                + " signpost, which FCA CONC 7.3.7A (signposting free debt advice; Handbook text"
                + " not verified) requires of every LETTER for COLLECTION to a debtor in GB"
                + " (conc.free-debt-advice)",
            "variants.en.body: 'act now' is false urgency, which FCA CONC 7.3.10R(2) (no pressure"
                + " to pay within an unreasonably short time) and CONC 7.11.6R forbids in a message"
                + " to a debtor in GB (conc.no-false-urgency)",
            "variants.en.body: 'within 24 hours' is false urgency, which FCA CONC 7.3.10R(2) (no"
                + " pressure to pay within an unreasonably short time) and CONC 7.11.6R forbids in"
                + " a message to a debtor in GB (conc.no-false-urgency)",
            "variants.es.body: lacks {{disclosure.free-debt-advice}}, the free-debt-advice"
                + " signpost, which FCA CONC 7.3.7A (signposting free debt advice; Handbook text"
                + " not verified) requires of every LETTER for COLLECTION to a debtor in GB"
                + " (conc.free-debt-advice)",
            "variants.es.body: 'urgente' is false urgency, which FCA CONC 7.3.10R(2) (no pressure"
                + " to pay within an unreasonably short time) and CONC 7.11.6R forbids in a message"
                + " to a debtor in GB (conc.no-false-urgency)");
  }

  @Test
  void theTextsMistakesAreListedEachWithItsField() {
    var template =
        aTemplate("Early Reminder")
            .version(0)
            .forPurposes()
            .reaching(Jurisdiction.of("US-NY"), Jurisdiction.of("FR"))
            .english("Subject", "Pay {{amount.balance} now {{debtor.nickname}} }} {")
            .spanish("   ")
            .build();
    assertThat(errorsOf(template))
        .containsExactly(
            "name: 'Early Reminder' is not lower-case words joined by . or -",
            "version: versions start at 1, found 0",
            "purposes: a template serves at least one purpose",
            "reach[0]: reach names countries; US-NY is part of US",
            "reach[1]: no contact rule set is configured for FR, so no message may be sent there",
            "variants.en.subject: a SMS has no subject",
            "variants.en.body: '{{' at character 5 is never closed by '}}'",
            "variants.en.body: a lone '}' at character 21: placeholders are written {{name}}",
            "variants.en.body: '}}' at character 47 closes no '{{'",
            "variants.en.body: a lone '{' at character 50: placeholders are written {{name}}",
            "variants.en.body: {{debtor.nickname}} is not a placeholder (the placeholders are"
                + " listed in docs/protocols.md)",
            "variants.es.body: must not be empty: the es variant has no text");
  }

  @Test
  void aTemplateWithoutEnglishIsRefusedSinceEnglishIsTheFallback() {
    var template = aTemplate("early.reminder.sms").spanish(COMPLIANT_SMS_ES).build();
    assertThat(errorsOf(template))
        .containsExactly(
            "variants: every template has an English variant: a debtor whose language the"
                + " template does not have receives it");
  }

  @Test
  void aTextTooLongForItsChannelIsRefusedBeforeItIsRendered() {
    var template =
        aTemplate("early.reminder.sms")
            .english(COMPLIANT_SMS + " " + "Please get in touch with us. ".repeat(10))
            .build();
    assertThat(errorsOf(template))
        .singleElement()
        .asString()
        .startsWith("variants.en.body: may be ")
        .endsWith("characters long once rendered, more than the 459 a SMS may have");
  }

  @Test
  void anEmailNeedsASubjectAndAnOptOutIsOnlyForElectronicMessages() {
    var email =
        aTemplate("x.email")
            .on(Channel.EMAIL)
            .english("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .build();
    assertThat(errorsOf(email)).containsExactly("variants.en.subject: an e-mail needs a subject");
    var letter =
        aTemplate("x.letter")
            .on(Channel.LETTER)
            .english("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .build();
    assertThat(errorsOf(letter))
        .containsExactly(
            "variants.en.body: {{disclosure.opt-out}} is for electronic messages (SMS, EMAIL,"
                + " IN_APP), not a LETTER");
  }

  /**
   * 12 CFR 1006.34(c): a validation notice carries every part of the validation information, and
   * (1006.42) is a letter or an e-mail the consumer can keep; GB has no validation notice.
   */
  @Test
  void aValidationNoticeCarriesEveryPartOfTheValidationInformation() {
    var sms =
        aTemplate("x.validation.sms")
            .forPurposes(ContactPurpose.VALIDATION_NOTICE)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english(COMPLIANT_SMS + " {{validation.period-end}}")
            .build();
    var errors = errorsOf(sms);
    assertThat(errors)
        .contains(
            "channel: a validation notice is a letter or an e-mail the consumer can keep (12 CFR"
                + " 1006.42), not a SMS",
            "variants.en.body: {{validation.period-end}} is part of a validation notice, which GB"
                + " does not have",
            "variants.en.body: lacks {{validation.itemization}}, the itemization of the debt,"
                + " which 12 CFR 1006.34(c); validation period 12 CFR 1006.34(b)(5) requires of"
                + " every SMS for VALIDATION_NOTICE to a debtor in US"
                + " (regf.validation-information)");
    assertThat(errors).noneMatch(e -> e.contains("{{validation.period-end}}, the end"));
  }

  /**
   * 12 CFR 1006.2(j): a limited-content voicemail needs no disclosure, since it is not a
   * communication, but it may hold nothing more than the required and optional content.
   */
  @Test
  void aLimitedContentVoicemailNeedsNoDisclosureButMayCarryNothingMore() {
    var lcm =
        aTemplate("x.voicemail")
            .on(Channel.RINGLESS_VOICEMAIL)
            .limitedContent()
            .english(
                "Hello, this is {{firm.contact-person}} from {{firm.trading-name}}. Please call"
                    + " us back on {{firm.phone}}.")
            .build();
    assertThat(errorsOf(lcm)).isEmpty();
    var saysTooMuch =
        aTemplate("x.voicemail")
            .on(Channel.RINGLESS_VOICEMAIL)
            .limitedContent()
            .english(
                "This is {{firm.trading-name}} about your overdue balance of {{amount.balance}}."
                    + " Call {{firm.phone}}.")
            .build();
    assertThat(errorsOf(saysTooMuch))
        .containsExactly(
            "variants.en.body: {{amount.balance}} may not be in a limited-content message"
                + " (regf.limited-content-message (12 CFR 1006.2(j))), which may name only"
                + " [{{date.today}}, {{firm.contact-person}}, {{firm.phone}},"
                + " {{firm.trading-name}}]",
            "variants.en.body: 'overdue...' tells a listener the call is about a debt, which a"
                + " limited-content message may not (regf.limited-content-message (12 CFR"
                + " 1006.2(j)))",
            "variants.en.body: 'balance...' tells a listener the call is about a debt, which a"
                + " limited-content message may not (regf.limited-content-message (12 CFR"
                + " 1006.2(j)))");
    var notAVoicemail = aTemplate("x.sms").limitedContent().english("Call {{firm.phone}}.").build();
    assertThat(errorsOf(notAVoicemail))
        .contains(
            "limitedContent: no jurisdiction the template reaches has a limited-content message"
                + " on SMS (Regulation F's is a voicemail, RINGLESS_VOICEMAIL)");
  }

  /** A call script is a communication: it carries the debt-collector disclosure (1006.18(e)). */
  @Test
  void aCallScriptCarriesTheDebtCollectorDisclosure() {
    var script =
        aTemplate("early.call.script")
            .on(Channel.VOICE)
            .english("Hello, this is {{firm.name}} about your account.")
            .build();
    assertThat(errorsOf(script))
        .containsExactly(
            "variants.en.body: lacks {{disclosure.debt-collector}}, the debt-collector disclosure,"
                + " which 12 CFR 1006.18(e) (FDCPA 807(11)) requires of every VOICE for COLLECTION"
                + " to a debtor in US (regf.debt-collector-disclosure)");
  }

  /**
   * A rule set registered for a subdivision (an operator's, on top of Regulation F) is checked too:
   * a template reaching US reaches US-MA's debtors.
   */
  @Test
  void aTemplateReachingACountryMeetsTheRulesOfItsSubdivisionsToo() {
    var massachusetts =
        new ConfigurableRuleSet(
            "MA firm policy", "MA policy", List.of("America/New_York"), null, null);
    var book =
        StandardRuleBook.withOperatorRules(
            Map.of(Jurisdiction.of("US-MA"), massachusetts.toRules()));
    var template =
        aTemplate("x.sms")
            .english("{{disclosure.debt-collector}} {{disclosure.opt-out}} Call {{firm.phone}}.")
            .build();
    assertThat(template.validate(rules)).isEmpty();
    assertThat(template.validate(book).stream().map(TemplateError::toString))
        .containsExactly(
            "variants.en.body: lacks {{disclosure.firm-identity}}, the firm's identity, which"
                + " Cobranza baseline, in MA policy requires of every SMS for COLLECTION to a"
                + " debtor in US-MA (baseline.firm-identity)");
    assertThat(book.rulesFor(Jurisdiction.of("US-MA")).orElseThrow().messageRequirements())
        .satisfies(r ->
            assertThat(r.requirements())
                .containsAll(
                    io.cobranza.domain.contact.usregf.RegulationF.messageRequirements()
                        .requirements()));
  }
}
