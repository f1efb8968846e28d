package io.cobranza.application.protocol;

import static io.cobranza.domain.fixtures.TemplateBuilder.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.DirectTransactions;
import io.cobranza.application.fakes.InMemoryAuditTrail;
import io.cobranza.application.fakes.InMemoryProtocols;
import io.cobranza.application.fakes.MutableClock;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.fixtures.TemplateBuilder;
import io.cobranza.domain.message.MessageTemplate;
import io.cobranza.domain.message.MessageTemplates;
import io.cobranza.domain.message.ProtocolTemplates;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefiningProtocolTest {
  private final InMemoryProtocols protocols = new InMemoryProtocols();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
  private final MessageTemplate reminderSms =
      aTemplate("reminder-sms")
          .reaching(Jurisdiction.US, Jurisdiction.GB)
          .english(TemplateBuilder.COMPLIANT_SMS)
          .build();
  private final DefiningProtocol defining =
      new DefiningProtocol(
          protocols,
          new ProtocolTemplates(
              MessageTemplates.of(List.of(reminderSms)),
              StandardRuleBook.create(),
              Set.of(Jurisdiction.US, Jurisdiction.GB)),
          audit,
          new DirectTransactions(),
          clock);

  private static TreatmentProtocol reminder(int version, String next) {
    return TreatmentProtocol.of(
        "reminder",
        version,
        "Reminder",
        "One SMS, a wait, the end.",
        "sms",
        List.of(
            Step.Send.of("sms", Channel.SMS, "reminder-sms", next, Map.<Outcome, String>of()),
            new Step.Wait("wait", Duration.ofDays(3), "done", Map.of()),
            new Step.End("done", Resolution.EXHAUSTED)));
  }

  @Test
  void aValidFirstVersionIsStoredAndAudited() {
    var result = defining.define(new DefineProtocol(reminder(1, "wait"), "manager-1"));

    assertThat(result).isEqualTo(new DefineProtocolUseCase.Result.Defined("reminder", 1));
    assertThat(protocols.latest("reminder")).isPresent();
    assertThat(audit.about("protocol", "reminder"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("manager-1");
          assertThat(e.action()).isEqualTo("protocol.defined");
          assertThat(e.before()).isNull();
          assertThat(e.after()).isEqualTo("reminder v1");
          assertThat(e.at()).isEqualTo(clock.instant());
        });
  }

  @Test
  void anInvalidProtocolIsRefusedWithEveryErrorAndNothingIsStored() {
    var result = defining.define(new DefineProtocol(reminder(1, "nowhere"), "manager-1"));

    assertThat(result).isInstanceOf(DefineProtocolUseCase.Result.Invalid.class);
    assertThat(((DefineProtocolUseCase.Result.Invalid) result).errors()).isNotEmpty();
    assertThat(protocols.latest("reminder")).isEmpty();
    assertThat(audit.all()).isEmpty();
  }

  @Test
  void aPublishedVersionNeverChangesAndVersionsCannotSkip() {
    defining.define(new DefineProtocol(reminder(1, "wait"), "manager-1"));

    assertThat(defining.define(new DefineProtocol(reminder(1, "wait"), "manager-2")))
        .isEqualTo(new DefineProtocolUseCase.Result.VersionConflict("reminder", 1, 1));
    assertThat(defining.define(new DefineProtocol(reminder(3, "wait"), "manager-2")))
        .isEqualTo(new DefineProtocolUseCase.Result.VersionConflict("reminder", 3, 1));
    assertThat(defining.define(new DefineProtocol(reminder(2, "wait"), "manager-2")))
        .isEqualTo(new DefineProtocolUseCase.Result.Defined("reminder", 2));
    assertThat(audit.by("manager-2"))
        .singleElement()
        .extracting(e -> e.before())
        .isEqualTo("reminder v1");
  }

  @Test
  void aProtocolNamingATemplateThatDoesNotExistIsRefusedAndNothingIsStored() {
    var protocol =
        TreatmentProtocol.of(
            "reminder",
            1,
            "Reminder",
            "",
            "sms",
            List.of(
                Step.Send.of("sms", Channel.SMS, "no-such-sms", "done", Map.<Outcome, String>of()),
                new Step.End("done", Resolution.EXHAUSTED)));

    var result = defining.define(new DefineProtocol(protocol, "manager-1"));

    assertThat(result)
        .isEqualTo(
            new DefineProtocolUseCase.Result.Invalid(
                List.of(
                    io.cobranza.domain.protocol.ProtocolError.inStep(
                        "sms", "template", "there is no template 'no-such-sms'"))));
    assertThat(protocols.latest("reminder")).isEmpty();
  }
}
