package io.cobranza.adapters.documents.message;

import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS;
import static io.cobranza.domain.fixtures.TemplateBuilder.COMPLIANT_SMS_ES;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.message.MessageTemplate;
import org.junit.jupiter.api.Test;

/** Template documents: every problem with its path, and a template written reads back equal. */
class TemplateDocumentsTest {

  @Test
  void aDocumentsMistakesAreReportedAtOnceWithTheirPaths() {
    var yaml =
        """
        name: early.reminder.sms
        channel: TELEGRAM
        purposes: [COLLECTION, BEGGING]
        reach: [US, usa]
        variants:
          en:
            subject: Hi
          fr:
            body: Bonjour
          es:
        """;
    var result = TemplateDocuments.read(yaml, DocumentFormat.YAML);
    assertThat(result)
        .isEqualTo(
            new DocumentResult.Invalid<MessageTemplate>(
                java.util.List.of(
                    new DocumentProblem("version", "is required"),
                    new DocumentProblem(
                        "channel",
                        "unknown value 'TELEGRAM'; one of VOICE, RINGLESS_VOICEMAIL, SMS, EMAIL,"
                            + " IN_APP, LETTER"),
                    new DocumentProblem(
                        "purposes[1]",
                        "unknown value 'BEGGING'; one of COLLECTION, VALIDATION_NOTICE,"
                            + " VERIFICATION, CEASE_TERMINATION_NOTICE, CEASE_REMEDY_MAY_BE_INVOKED,"
                            + " CEASE_REMEDY_INTENDED, REPLY_TO_DEBTOR,"
                            + " OPT_OUT_CONFIRMATION"),
                    new DocumentProblem(
                        "reach[1]", "'usa' is not an ISO 3166 country code such as US"),
                    new DocumentProblem("variants.en.body", "is required"),
                    new DocumentProblem("variants.fr", "unknown language 'fr'; one of en, es"),
                    new DocumentProblem(
                        "variants.es", "the es variant is missing: give its body"))));
  }

  @Test
  void withTheContactRulesTheValidatorsMistakesCarryTheirPathsToo() {
    var yaml =
        """
        name: early.reminder.sms
        version: 1
        channel: SMS
        purposes: [COLLECTION]
        reach: [US]
        variants:
          en:
            body: "Pay {{amount.balance}} at {{payment.link}}. {{disclosure.opt-out}}"
        """;
    var result = TemplateDocuments.read(yaml, DocumentFormat.YAML, StandardRuleBook.create());
    assertThat(result)
        .isInstanceOfSatisfying(
            DocumentResult.Invalid.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(p -> ((DocumentProblem) p).path())
                    .containsExactly("variants.en.body"));
  }

  @Test
  void aTemplateWrittenInEitherFormatReadsBackEqual() {
    var template =
        aTemplate("early.reminder.email")
            .on(Channel.EMAIL)
            .reaching(Jurisdiction.US, Jurisdiction.GB)
            .english("Your account", COMPLIANT_SMS)
            .spanish("Su cuenta", COMPLIANT_SMS_ES)
            .build();
    for (var format : DocumentFormat.values()) {
      var text = TemplateDocuments.write(template, format);
      assertThat(TemplateDocuments.read(text, format).orElseThrow()).isEqualTo(template);
    }
  }
}
