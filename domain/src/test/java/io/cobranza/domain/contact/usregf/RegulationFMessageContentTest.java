package io.cobranza.domain.contact.usregf;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.Contacts.call;
import static io.cobranza.domain.fixtures.Contacts.chicago;
import static io.cobranza.domain.fixtures.Contacts.email;
import static io.cobranza.domain.fixtures.Contacts.letter;
import static io.cobranza.domain.fixtures.Contacts.ringlessVoicemail;
import static io.cobranza.domain.fixtures.Contacts.text;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.DecisionAssert.assertThatDecision;
import static io.cobranza.domain.fixtures.Messages.carrying;
import static io.cobranza.domain.fixtures.Messages.factsOf;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactDecision;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.MessageElement;
import io.cobranza.domain.contact.MessageFacts;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.message.MessageTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a message to a US consumer says, as the gate sees it in the rendered message's facts: the
 * opt-out notice of 12 CFR 1006.6(e), the debt-collector disclosure of 1006.18(e), the validation
 * information of 1006.34(c) with its dates, and the limited-content voicemail of 1006.2(j).
 */
class RegulationFMessageContentTest {
  private final ContactRuleBook rules = StandardRuleBook.create();
  private final ContactGate gate = new ContactGate(rules);
  private final Instant noon = chicago("2026-11-20T12:00");
  private final LocalDate today = LocalDate.parse("2026-11-20");
  private final Debtor debtor = aDebtor().build();
  private final CollectionCase theCase =
      aCase().withAccount(anAccount().withBalance("1200.00", "USD").build()).build();

  private ContactDecision decide(ProposedContact proposed) {
    return gate.decide(debtor, theCase, ContactHistory.of(List.of()), proposed, noon);
  }

  private MessageFacts rendered(MessageTemplate template) {
    return factsOf(template, rules, debtor, theCase, today);
  }

  /** Why the gate refused, as its first reason says. */
  private static String why(ContactDecision decision) {
    assertThat(decision).isInstanceOf(ContactDecision.Refused.class);
    return ((ContactDecision.Refused) decision).reasons().getFirst().explanation();
  }

  /**
   * A letter of {@code template} for {@code purposes}, provided on a date, stating a period end.
   */
  private static MessageFacts letterFacts(
      String template,
      java.util.Set<ContactPurpose> purposes,
      java.util.Set<MessageElement> carries,
      LocalDate providedOn,
      @org.jspecify.annotations.Nullable LocalDate periodEnd) {
    return new MessageFacts(
        template,
        1,
        Channel.LETTER,
        purposes,
        Locale.ENGLISH,
        Locale.US,
        carries,
        providedOn,
        periodEnd);
  }

  /**
   * 12 CFR 1006.6(e): a debt collector who communicates by e-mail must include in each e-mail a
   * clear and conspicuous statement describing a reasonable and simple method to opt out of further
   * e-mails to that address. An e-mail whose template has no opt-out notice is refused, though it
   * says it is from a debt collector.
   */
  @Test
  void anEmailWithoutAnOptOutIsRefused() {
    var noOptOut =
        aTemplate("x.email")
            .on(Channel.EMAIL)
            .english("About your account", "{{disclosure.debt-collector}} Please call us.")
            .build();
    var decision = decide(email().withMessage(rendered(noOptOut)));
    assertThatDecision(decision).isRefusedBy("regf.message-content");
    assertThat(why(decision))
        .isEqualTo(
            "x.email v1 (en) lacks the opt-out notice, which every EMAIL for COLLECTION must"
                + " carry (regf.opt-out-notice (12 CFR 1006.6(e)))");
  }

  /** 1006.6(e) and 1006.18(e) together: a text that carries both leaves. */
  @Test
  void aTextWithTheOptOutAndTheDisclosureIsAllowed() {
    var reminder =
        aTemplate("early.reminder.sms")
            .english(
                "{{disclosure.debt-collector}} Pay at {{payment.link}}. {{disclosure.opt-out}}")
            .build();
    assertThatDecision(decide(text().withMessage(rendered(reminder)))).isAllowed();
  }

  /**
   * A Spanish-speaking consumer's text is checked in the language it was rendered in: the Spanish
   * variant carries the same disclosures.
   */
  @Test
  void aSpanishDebtorsTextIsTheSpanishVariantAndLeaves() {
    var reminder =
        aTemplate("early.reminder.sms")
            .english("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .spanish("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .build();
    var spanish = aDebtor().speaking(Locale.forLanguageTag("es-US")).build();
    var facts = factsOf(reminder, rules, spanish, theCase, today);
    assertThat(facts.language()).isEqualTo(Locale.of("es"));
    assertThatDecision(
            gate.decide(
                spanish, theCase, ContactHistory.of(List.of()), text().withMessage(facts), noon))
        .isAllowed();
  }

  /**
   * 1006.18(e): every communication discloses that it is from a debt collector; a letter without it
   * is refused.
   */
  @Test
  void aLetterThatDoesNotSayItIsFromADebtCollectorIsRefused() {
    assertThatDecision(decide(letter().withMessage(carrying(Channel.LETTER))))
        .isRefusedBy("regf.message-content");
  }

  /**
   * 1006.34(c)(3): the validation notice states the date the collector will consider the end of the
   * validation period; a notice that states none is refused.
   */
  @Test
  void aValidationNoticeMissingItsPeriodEndIsRefused() {
    var everythingButTheEnd =
        carrying(
                Channel.LETTER,
                RegulationF.VALIDATION_INFORMATION_ELEMENTS.toArray(MessageElement[]::new))
            .carries();
    var facts =
        letterFacts(
            "us.validation-notice.letter",
            java.util.Set.of(ContactPurpose.VALIDATION_NOTICE),
            everythingButTheEnd,
            today,
            null);
    var decision = decide(letter().forPurpose(ContactPurpose.VALIDATION_NOTICE).withMessage(facts));
    assertThatDecision(decision).isRefusedBy("regf.message-content");
    assertThat(why(decision)).contains("states no end of the validation period");
  }

  /**
   * 1006.34(b)(5): the period's end follows from the date the notice is provided; a notice rendered
   * for an earlier day, or stating another end, is refused: it would end too early.
   */
  @Test
  void aValidationNoticeRenderedForAnEarlierDayOrWithAnotherEndIsRefused() {
    var stale =
        letterFacts(
            "us.validation-notice.letter",
            java.util.Set.of(ContactPurpose.VALIDATION_NOTICE),
            RegulationF.VALIDATION_INFORMATION_ELEMENTS,
            LocalDate.parse("2026-11-10"),
            LocalDate.parse("2026-12-28"));
    var decision = decide(letter().forPurpose(ContactPurpose.VALIDATION_NOTICE).withMessage(stale));
    assertThat(why(decision))
        .contains("was rendered to be provided on 2026-11-10, before the day it leaves")
        .contains(
            "states a validation period ending 2026-12-28, but one provided on 2026-11-10"
                + " ends 2026-12-18");
  }

  /**
   * 1006.2(j): a limited-content voicemail is not a communication, so it needs no debt-collector
   * disclosure; a voicemail that is not one does.
   */
  @Test
  void aLimitedContentVoicemailNeedsNoDisclosureButAnotherVoicemailDoes() {
    assertThatDecision(
            decide(
                ringlessVoicemail()
                    .withMessage(
                        carrying(Channel.RINGLESS_VOICEMAIL, MessageElement.LIMITED_CONTENT))))
        .isAllowed();
    assertThatDecision(
            decide(ringlessVoicemail().withMessage(carrying(Channel.RINGLESS_VOICEMAIL))))
        .isRefusedBy("regf.message-content");
  }

  @Test
  void aMessageRenderedForAnotherChannelOrPurposeIsRefused() {
    var sms =
        carrying(
            Channel.SMS, MessageElement.DEBT_COLLECTOR_DISCLOSURE, MessageElement.OPT_OUT_NOTICE);
    assertThatDecision(decide(email().withMessage(sms))).isRefusedBy("regf.message-content");
    var collectionOnly =
        new MessageFacts(
            sms.template(),
            1,
            Channel.SMS,
            java.util.Set.of(ContactPurpose.COLLECTION),
            Locale.ENGLISH,
            Locale.US,
            sms.carries(),
            today,
            null);
    assertThatDecision(
            decide(text().forPurpose(ContactPurpose.VERIFICATION).withMessage(collectionOnly)))
        .isRefusedBy("regf.message-content");
  }

  /**
   * A written message whose content is unknown (no rendered message) is refused: nothing could tell
   * that it carries the opt-out notice of 1006.6(e) or the disclosure of 1006.18(e).
   */
  @Test
  void aTextWhoseContentIsUnknownIsRefused() {
    var decision = decide(text().withMessage(null));
    assertThatDecision(decision).isRefusedBy("regf.message-content");
    assertThat(why(decision))
        .isEqualTo(
            "no rendered message is known for this SMS, so nothing shows it carries what the rules"
                + " require of what it says");
  }

  /**
   * A call the platform places follows a script, which is a template like any other (1006.18(e)
   * applies to oral communications); a person who calls with no script makes the oral disclosure
   * themselves, which no check of a template can see.
   */
  @Test
  void anAutomatedCallWithoutAScriptIsRefusedButAPersonsCallIsNot() {
    assertThatDecision(decide(call().withMessage(null))).isRefusedBy("regf.message-content");
    assertThatDecision(decide(call().withMessage(null).byAPerson())).isAllowed();
    assertThatDecision(decide(ringlessVoicemail().withMessage(null).byAPerson()))
        .isRefusedBy("regf.message-content");
  }
}
