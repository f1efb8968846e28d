package io.cobranza.domain.message;

import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.ProtocolError;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A protocol is refused when a step or an option names a template that does not exist, is written
 * for another channel, does not serve the step's purpose, does not reach a country the protocol is
 * used in, or is not valid under the contact rules there.
 */
class ProtocolNamingTemplatesTest {
  private static final String EMAIL_BODY =
      "{{disclosure.firm-identity}} Please pay {{amount.balance}}. {{disclosure.debt-collector}}"
          + " {{disclosure.free-debt-advice}} {{disclosure.opt-out}}";

  private final TreatmentProtocol protocol =
      TreatmentProtocol.of(
          "reminders",
          1,
          "Reminders",
          "",
          "sms",
          List.of(
              Step.Send.of("sms", Channel.SMS, "early.reminder.sms", "notice", Map.of()),
              new Step.Send(
                  "notice",
                  Channel.LETTER,
                  "us.validation-notice.letter",
                  ContactPurpose.VALIDATION_NOTICE,
                  Step.DEFAULT_AWAIT_OUTCOME,
                  "choose",
                  Map.of()),
              new Step.Recommend(
                  "choose",
                  List.of(
                      ActionOption.reminder(Channel.EMAIL, "early.reminder.email"),
                      ActionOption.call("early.call.script"),
                      ActionOption.waitFor(Duration.ofDays(3))),
                  Step.DEFAULT_AWAIT_OUTCOME,
                  "wait",
                  Map.of()),
              new Step.Wait("wait", Duration.ofDays(1), "end", Map.of()),
              new Step.End("end", Resolution.EXHAUSTED)));

  private List<String> errorsWith(MessageTemplate... templates) {
    return new ProtocolTemplates(
            MessageTemplates.of(List.of(templates)),
            StandardRuleBook.create(),
            Set.of(Jurisdiction.US, Jurisdiction.GB))
        .check(protocol).stream().map(ProtocolError::toString).toList();
  }

  @Test
  void aProtocolWhoseTemplatesExistFitAndComplyIsValid() {
    var sms = aTemplate("early.reminder.sms").reaching(Jurisdiction.US, Jurisdiction.GB);
    var email =
        aTemplate("early.reminder.email")
            .on(Channel.EMAIL)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english("Your account", EMAIL_BODY);
    var script =
        aTemplate("early.call.script")
            .on(Channel.VOICE)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english("{{disclosure.firm-identity}} {{disclosure.debt-collector}}");
    var notice =
        aTemplate("us.validation-notice.letter")
            .on(Channel.LETTER)
            .forPurposes(ContactPurpose.VALIDATION_NOTICE);
    var errors =
        errorsWith(
            sms.english(COMPLIANT_SMS).build(),
            email.build(),
            script.build(),
            notice.english("{{disclosure.debt-collector}}").build());
    // Only the validation notice: US-only, and lacking most of the validation information.
    assertThat(errors).allMatch(e -> e.startsWith("step 'notice', template: "));
    assertThat(errors)
        .contains(
            "step 'notice', template: us.validation-notice.letter v1 does not reach GB, where the"
                + " protocol is used");
  }

  @Test
  void aMissingTemplateOneForAnotherChannelAndOneThatDoesNotServeThePurposeAreRefused() {
    var smsForEmail =
        aTemplate("early.reminder.email")
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english(COMPLIANT_SMS)
            .build();
    var collectionLetter =
        aTemplate("us.validation-notice.letter")
            .on(Channel.LETTER)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english(
                "{{disclosure.firm-identity}} {{disclosure.debt-collector}}"
                    + " {{disclosure.free-debt-advice}}")
            .build();
    assertThat(errorsWith(smsForEmail, collectionLetter))
        .containsExactly(
            "step 'sms', template: there is no template 'early.reminder.sms'",
            "step 'notice', template: us.validation-notice.letter v1 does not serve"
                + " VALIDATION_NOTICE, only [COLLECTION]",
            "step 'choose', options[0].template: early.reminder.email v1 is a SMS template, not"
                + " EMAIL",
            "step 'choose', options[1].template: there is no template 'early.call.script'");
  }

  @Test
  void aTemplateThatDoesNotComplyWhereTheProtocolIsUsedIsRefusedWithItsMistakes() {
    var usOnlyScript =
        aTemplate("early.call.script")
            .on(Channel.VOICE)
            .english("Hello from {{firm.name}}.")
            .build();
    var errors =
        new ProtocolTemplates(
                MessageTemplates.of(List.of(usOnlyScript)),
                StandardRuleBook.create(),
                Set.of(Jurisdiction.US, Jurisdiction.GB))
            .validate(protocol).errors().stream()
                .map(ProtocolError::toString)
                .filter(e -> e.startsWith("step 'choose', options[1]"))
                .toList();
    assertThat(errors)
        .containsExactly(
            "step 'choose', options[1].template: early.call.script v1 does not reach GB, where the"
                + " protocol is used",
            "step 'choose', options[1].template: early.call.script v1 is not valid:"
                + " variants.en.body: lacks {{disclosure.debt-collector}}, the debt-collector"
                + " disclosure, which 12 CFR 1006.18(e) (FDCPA 807(11)) requires of every VOICE for"
                + " COLLECTION to a debtor in US (regf.debt-collector-disclosure)");
  }
}
