package io.cobranza.adapters.documents.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProtocolDocumentsTest {
  private static final String SMALL =
      """
      id: small
      version: 2
      name: Small protocol
      description: A reminder, a wait, a call, a plan offer and a choice.
      promiseGrace: P3D
      firstStep: sms
      steps:
        - id: sms
          type: send
          channel: SMS
          template: reminder-sms
          next: wait
          on: { BOUNCED: call }
        - id: wait
          type: wait
          duration: P3D
          next: call
          on: { PAYMENT: done }
        - id: call
          type: call
          template: first-call
          awaitOutcome: PT12H
          next: plan
          on: { REFUSED: plan, RIGHT_PARTY_CONTACT: done }
        - id: plan
          type: offer-plan
          channel: EMAIL
          template: plan-offer
          cadence: FORTNIGHTLY
          maxInstalments: 6
          next: choose
        - id: choose
          type: recommend
          options:
            - { kind: REMINDER, channel: SMS, template: nudge }
            - { kind: PLAN_OFFER, channel: EMAIL, template: plan-offer, cadence: MONTHLY, maxInstalments: 12 }
            - { kind: WAIT, duration: P7D }
          next: agents
        - id: agents
          type: hand-off
          queue: AGENT
          reason: digital steps exhausted
          next: done
        - id: done
          type: end
          resolution: EXHAUSTED
      """;

  private static TreatmentProtocol read(String yaml) {
    return ProtocolDocuments.read(yaml, DocumentFormat.YAML).orElseThrow();
  }

  private static java.util.List<DocumentProblem> problems(String yaml) {
    var result = ProtocolDocuments.read(yaml, DocumentFormat.YAML);
    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    return ((DocumentResult.Invalid<TreatmentProtocol>) result).problems();
  }

  @Test
  void aYamlProtocolIsReadIntoValidatedSteps() {
    var protocol = read(SMALL);

    assertThat(protocol.label()).isEqualTo("small v2");
    assertThat(protocol.promiseGrace()).isEqualTo(Duration.ofDays(3));
    assertThat(protocol.stepIds())
        .containsExactly("sms", "wait", "call", "plan", "choose", "agents", "done");
    var sms = (Step.Send) protocol.step("sms").orElseThrow();
    assertThat(sms.channel()).isEqualTo(Channel.SMS);
    assertThat(sms.on()).containsEntry(Outcome.BOUNCED, "call");
    var call = (Step.Call) protocol.step("call").orElseThrow();
    assertThat(call.awaitOutcome()).isEqualTo(Duration.ofHours(12));
    var plan = (Step.OfferPlan) protocol.step("plan").orElseThrow();
    assertThat(plan.cadence()).isEqualTo(Cadence.FORTNIGHTLY);
    var choose = (Step.Recommend) protocol.step("choose").orElseThrow();
    assertThat(choose.options())
        .extracting(ActionOption::label)
        .containsExactly("REMINDER:SMS", "PLAN_OFFER:EMAIL:MONTHLY", "WAIT:PT168H");
  }

  @Test
  void writingAndReadingBackGivesAnEqualProtocolInBothFormats() {
    var protocol = read(SMALL);
    for (var format : DocumentFormat.values()) {
      var text = ProtocolDocuments.write(protocol, format);
      assertThat(ProtocolDocuments.read(text, format).orElseThrow()).isEqualTo(protocol);
    }
  }

  @Test
  void everyDocumentMistakeIsListedWithItsPath() {
    var broken =
        """
        id: broken
        version: 1
        firstStep: sms
        steps:
          - id: sms
            type: send
            channel: FAX
            next: wait
          - id: wait
            type: wait
            duration: three days
            next: done
          - id: odd
            type: teleport
            next: done
          - id: done
            type: end
            resolution: EXHAUSTED
        """;
    assertThat(problems(broken))
        .extracting(DocumentProblem::path)
        .containsExactly(
            "steps[0].channel", "steps[0].template", "steps[1].duration", "steps[2].type");
    assertThat(problems(broken).getFirst().message()).contains("FAX").contains("SMS");
  }

  @Test
  void theProtocolValidatorsErrorsComeBackWithStepPaths() {
    var unreachableAndUnknown =
        """
        id: graph
        version: 1
        firstStep: sms
        steps:
          - { id: sms, type: send, channel: SMS, template: t, next: nowhere }
          - { id: lost, type: wait, duration: P1D, next: done }
          - { id: done, type: end, resolution: EXHAUSTED }
        """;
    var found = problems(unreachableAndUnknown);
    assertThat(found).extracting(DocumentProblem::path).contains("steps[0].next");
    assertThat(found).anyMatch(p -> p.path().startsWith("steps[1]"));
  }

  private static final String BANDED =
      """
      id: banded
      version: 1
      name: Banded
      description: A choice of reminders in parts of the day.
      firstStep: choose
      steps:
        - id: choose
          type: recommend
          options:
            - { kind: REMINDER, channel: SMS, template: nudge, hours: [MORNING, EVENING] }
            - { kind: CALL, template: call, hours: AFTERNOON }
            - { kind: WAIT, duration: P1D }
          next: done
        - id: done
          type: end
          resolution: EXHAUSTED
      """;

  @Test
  void anOptionInSeveralHourBandsIsOneOptionPerBandAndReadsBackTheSame() {
    var protocol = read(BANDED);

    var choose = (Step.Recommend) protocol.step("choose").orElseThrow();
    var nudge = ActionOption.reminder(Channel.SMS, "nudge");
    assertThat(choose.options())
        .containsExactly(
            nudge.in(HourBand.MORNING),
            nudge.in(HourBand.EVENING),
            ActionOption.call("call").in(HourBand.AFTERNOON),
            ActionOption.waitFor(Duration.ofDays(1)));
    for (var format : DocumentFormat.values()) {
      var text = ProtocolDocuments.write(protocol, format);
      assertThat(ProtocolDocuments.read(text, format).orElseThrow()).isEqualTo(protocol);
    }
  }

  @Test
  void aBandThatIsNotOneOrAnEmptyListIsAProblemWithItsPath() {
    assertThat(
            problems(
                BANDED
                    .replace("hours: [MORNING, EVENING]", "hours: [MORNING, LUNCHTIME]")
                    .replace("hours: AFTERNOON", "hours: []")))
        .extracting(DocumentProblem::path)
        .containsExactly("steps[0].options[0].hours[1]", "steps[0].options[1].hours");
  }

  @Test
  void anUnknownFieldIsAProblemNotSilentlyIgnored() {
    var typo =
        """
        id: typo
        version: 1
        firstStep: done
        stepz: []
        """;
    assertThat(problems(typo))
        .extracting(DocumentProblem::message)
        .anyMatch(m -> m.contains("stepz"));
  }

  @Test
  void anEmptyDocumentIsAProblem() {
    assertThat(problems("  "))
        .extracting(DocumentProblem::message)
        .containsExactly("the document is empty");
  }

  @Test
  void jsonWorksLikeYaml() {
    var json =
        """
        {"id":"j","version":1,"firstStep":"w","steps":[
          {"id":"w","type":"wait","duration":"P1D","next":"e"},
          {"id":"e","type":"end","resolution":"RESOLVED"}]}
        """;
    assertThat(ProtocolDocuments.read(json, DocumentFormat.JSON).orElseThrow().stepIds())
        .containsExactly("w", "e");
  }
}
