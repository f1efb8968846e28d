package io.cobranza.adapters.documents.message;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.TemplateBuilder.FIRM;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.domain.contact.ContactHistory;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedContact;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.message.MessageInputs;
import io.cobranza.domain.message.MessageRenderer;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.message.MessageTemplate;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.message.ProtocolTemplates;
import io.cobranza.domain.message.Rendering;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.PlanOffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates that ship in docs/templates: every one valid under the built-in rule sets, every
 * template a shipped protocol or a plan's reminder names among them and fit for its step, and every
 * one rendered for a US and a UK debtor in English and Spanish carrying what the gate asks.
 */
class ShippedTemplatesTest {
  private static final Path DOCS = Path.of("..", "..", "docs");
  private static final ContactRuleBook RULES = StandardRuleBook.create();

  private static List<MessageTemplate> shipped() {
    return switch (TemplateDocuments.readDirectory(DOCS.resolve("templates"), RULES)) {
      case DocumentResult.Read<List<MessageTemplate>>(var templates) -> templates;
      case DocumentResult.Invalid<List<MessageTemplate>>(var problems) ->
          throw new AssertionError("shipped templates have problems:\n" + problems);
    };
  }

  @Test
  void everyShippedProtocolNamesOnlyShippedTemplatesThatFitAndComply() throws IOException {
    var check =
        new ProtocolTemplates(
            MessageTemplates.of(shipped()), RULES, Set.of(Jurisdiction.US, Jurisdiction.GB));
    var problems = new ArrayList<String>();
    try (Stream<Path> files = Files.list(DOCS.resolve("protocols"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        var protocol = ProtocolDocuments.read(file).orElseThrow();
        check.check(protocol).forEach(e -> problems.add(file.getFileName() + ": " + e));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRemindersOfAnAgreedPlanHaveTheirTemplates() {
    var names = shipped().stream().map(MessageTemplate::name).toList();
    assertThat(names).contains("plan.instalment-reminder.sms", "plan.instalment-reminder.email");
  }

  @Test
  void everyShippedTemplateRendersForUsAndUkDebtorsInBothLanguagesAndPassesTheGate() {
    var renderer = new MessageRenderer(FIRM, RULES);
    var theCase =
        aCase()
            .withAccount(
                anAccount().withBalance("1250.00", "USD").withMinimumDue("95.00", "USD").build())
            .build();
    var at = Instant.parse("2026-11-20T17:00:00Z");
    var problems = new ArrayList<String>();
    for (var template : shipped()) {
      if (template.purposes().contains(ContactPurpose.VALIDATION_NOTICE)) {
        continue; // needs the itemization the platform does not keep:
        // RenderingAMessageForADebtorTest
      }
      for (var jurisdiction : template.reach()) {
        for (var language : List.of(Locale.US, Locale.forLanguageTag("es-US"))) {
          var debtor = aDebtor().inJurisdiction(jurisdiction).speaking(language).build();
          var request =
              new MessageRequest(
                  template.name(),
                  template.channel(),
                  ContactPurpose.COLLECTION,
                  new PlanOffer(Cadence.MONTHLY, 12));
          var inputs =
              new MessageInputs(debtor, theCase, LocalDate.parse("2026-11-20"), null, null);
          var where = template.label() + " " + jurisdiction + " " + language;
          switch (renderer.render(template, request, inputs)) {
            case Rendering.NotRendered not -> problems.add(where + ": " + not.problems());
            case Rendering.Rendered rendered -> {
              var facts = rendered.message().facts();
              var point = debtor.addressFor(template.channel(), at);
              var proposed =
                  new ProposedContact(
                          template.channel(),
                          point.map(p -> p.address()).orElse("nowhere"),
                          theCase.accountIds(),
                          ContactPurpose.COLLECTION,
                          io.cobranza.domain.contact.Initiator.AUTOMATED,
                          List.of())
                      .withMessage(facts);
              var rules = RULES.rulesFor(jurisdiction).orElseThrow();
              var content = rules.policies().getLast();
              var verdict =
                  content.evaluate(
                      new GateRequest(debtor, theCase, ContactHistory.of(List.of()), proposed, at));
              if (!(verdict instanceof PolicyVerdict.Pass)) {
                problems.add(where + ": " + verdict);
              }
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
