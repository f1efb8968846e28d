package io.cobranza.application.treatment;

import static io.cobranza.application.treatment.TreatmentWorld.sms;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.application.fakes.RecordingContactChannel;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.fixtures.TemplateBuilder;
import io.cobranza.domain.message.MessageRenderer;
import io.cobranza.domain.message.MessageRequest;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.message.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LoadingContactContextTest {
  private final TreatmentWorld world = new TreatmentWorld();

  @Test
  void theContactContextOfAnUnknownDebtorNamesTheField() {
    assertThatThrownBy(() -> world.contexts().contactContext(new DebtorId("D-404")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("debtorId")
        .hasMessageContaining("D-404");
  }

  @Test
  void theContactContextHoldsTheDebtorAndItsHistory() {
    world.debtors.save(aDebtor().build());
    world
        .sending(new RecordingContactChannel())
        .send(new CaseId("C-1"), new DebtorId("D-1"), sms("k-1"));

    var context = world.contexts().contactContext(new DebtorId("D-1"));

    assertThat(context.debtor().id()).isEqualTo(new DebtorId("D-1"));
    assertThat(context.history().attempts()).hasSize(1);
  }

  /**
   * The workflow's contact context renders the step's template for the debtor as they are now, in
   * their language, so that the gate inside the engine judges what the message says.
   */
  @Test
  void theContactContextOfAContactRendersItsTemplateInTheDebtorsLanguage() {
    var template =
        aTemplate("early.reminder.sms")
            .english("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .spanish("{{disclosure.debt-collector}} {{disclosure.opt-out}}")
            .build();
    var notRendered = new ArrayList<Rendering.NotRendered>();
    world.messages =
        MessageRendering.of(
            MessageTemplates.of(List.of(template)),
            new MessageRenderer(TemplateBuilder.FIRM, StandardRuleBook.create()),
            notRendered::add);
    world.debtors.save(aDebtor().speaking(Locale.forLanguageTag("es-US")).build());
    world.cases.save(aCase().build());

    var context =
        world
            .contexts()
            .contactContext(
                new DebtorId("D-1"),
                new CaseId("C-1"),
                new MessageRequest(
                    "early.reminder.sms", Channel.SMS, ContactPurpose.COLLECTION, null));
    var missing =
        world
            .contexts()
            .contactContext(
                new DebtorId("D-1"),
                new CaseId("C-1"),
                new MessageRequest("no.such.sms", Channel.SMS, ContactPurpose.COLLECTION, null));

    assertThat(context.message()).isNotNull();
    assertThat(context.message().label()).isEqualTo("early.reminder.sms v1 (es)");
    assertThat(missing.message()).isNull();
    assertThat(notRendered)
        .containsExactly(
            new Rendering.NotRendered("no.such.sms", List.of("there is no template no.such.sms")));
  }
}
