package io.cobranza.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.payment.Cadence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolWithMistakesIsRefusedTest {

  private static Step.Wait wait(String id, String next) {
    return new Step.Wait(id, Duration.ofDays(1), next, Map.of());
  }

  private static Step.Send sms(String id, String next, Map<Outcome, String> on) {
    return Step.Send.of(id, Channel.SMS, "t." + id, next, on);
  }

  private static Step.End end(String id) {
    return new Step.End(id, Resolution.EXHAUSTED);
  }

  private static TreatmentProtocol protocol(String first, Step... steps) {
    return TreatmentProtocol.of("p", 1, "P", "a test protocol", first, List.of(steps));
  }

  private static List<ProtocolError> errorsOf(TreatmentProtocol protocol) {
    return protocol.validate().errors();
  }

  @Test
  void aSmallSoundProtocolIsValid() {
    var protocol =
        protocol(
            "sms",
            sms("sms", "wait", Map.of(Outcome.REFUSED, "end")),
            wait("wait", "call"),
            new Step.Call(
                "call", "script", Duration.ofHours(1), "end", Map.of(Outcome.NO_ANSWER, "wait")),
            end("end"));

    assertThat(protocol.validate()).isInstanceOf(ProtocolValidation.Valid.class);
    assertThat(TreatmentProtocol.validated("p", 1, "P", "a test protocol", "sms", protocol.steps()))
        .isEqualTo(protocol);
  }

  @Test
  void theExampleProtocolsAreValid() {
    assertThat(ExampleProtocols.earlyStageDigitalFirst().validate().errors()).isEmpty();
    assertThat(ExampleProtocols.lateStageAgentLed().validate().errors()).isEmpty();
  }

  @Test
  void aProtocolCannotClaimTheContactRulesExceptionsForItsMessages() {
    for (var purpose :
        List.of(
            ContactPurpose.REPLY_TO_DEBTOR,
            ContactPurpose.VERIFICATION,
            ContactPurpose.CEASE_TERMINATION_NOTICE,
            ContactPurpose.CEASE_REMEDY_MAY_BE_INVOKED,
            ContactPurpose.CEASE_REMEDY_INTENDED)) {
      var claiming =
          protocol(
              "sms",
              new Step.Send(
                  "sms", Channel.SMS, "t", purpose, Step.DEFAULT_AWAIT_OUTCOME, "end", Map.of()),
              end("end"));
      assertThat(errorsOf(claiming))
          .singleElement()
          .satisfies(e -> assertThat(e.field()).isEqualTo("purpose"));
    }
    var notice =
        protocol(
            "sms",
            new Step.Send(
                "sms",
                Channel.LETTER,
                "t",
                ContactPurpose.VALIDATION_NOTICE,
                Step.DEFAULT_AWAIT_OUTCOME,
                "end",
                Map.of()),
            end("end"));
    assertThat(errorsOf(notice)).isEmpty();
  }

  @Test
  void aVersionBelowOneAndBlankIdsAreRefused() {
    var protocol =
        new TreatmentProtocol(
            " ",
            0,
            "",
            "",
            "a",
            List.of(sms("a", "end", Map.of()), end("end"), wait("", "end")),
            TreatmentProtocol.DEFAULT_PROMISE_GRACE);

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inProtocol("id", "a protocol needs an id"),
            ProtocolError.inProtocol("version", "versions start at 1, found 0"),
            ProtocolError.inProtocol("name", "a protocol needs a name people can read"),
            ProtocolError.inStep("steps[2]", "id", "step 3 has a blank id"));
  }

  @Test
  void duplicateStepIdsAreRefused() {
    var protocol =
        protocol("a", sms("a", "b", Map.of()), wait("b", "end"), wait("a", "end"), end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep("a", "id", "the id is used by steps 1 and 3; ids are unique"));
  }

  @Test
  void targetsThatNameNoStepAreRefused() {
    var protocol =
        protocol(
            "start",
            sms("a", "nowhere", Map.of(Outcome.BOUNCED, "missing", Outcome.REFUSED, "end")),
            end("end"));

    assertThat(errorsOf(protocol))
        .contains(
            ProtocolError.inProtocol("firstStep", "'start' is not a step of the protocol"),
            ProtocolError.inStep("a", "next", "'nowhere' is not a step of the protocol"),
            ProtocolError.inStep("a", "on.BOUNCED", "'missing' is not a step of the protocol"));
  }

  @Test
  void stepsTheFirstStepCannotReachAreRefused() {
    var protocol =
        protocol(
            "a",
            sms("a", "end", Map.of()),
            sms("orphan", "end", Map.of()),
            wait("orphan-wait", "orphan"),
            end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep(
                "orphan", "id", "the step cannot be reached from the first step 'a'"),
            ProtocolError.inStep(
                "orphan-wait", "id", "the step cannot be reached from the first step 'a'"));
  }

  @Test
  void aLoopWithoutAWaitIsRefusedWhetherThroughNextOrBranches() {
    var protocol =
        protocol(
            "a",
            sms("a", "b", Map.of(Outcome.REFUSED, "end")),
            sms("b", "a", Map.of()),
            sms("c", "c", Map.of(Outcome.OPENED, "end")),
            wait("w", "a"),
            sms("d", "w", Map.of(Outcome.REFUSED, "c")),
            end("end"));

    var loops = errorsOf(protocol).stream().filter(e -> e.message().contains("loop")).toList();
    assertThat(loops)
        .containsExactly(
            ProtocolError.inStep(
                "a",
                "next",
                "steps 'a', 'b' form a loop with no Wait step, so a case could go round it"
                    + " without pause"),
            ProtocolError.inStep(
                "c",
                "next",
                "steps 'c' form a loop with no Wait step, so a case could go round it without"
                    + " pause"));
  }

  @Test
  void aLoopThroughAWaitIsFine() {
    var protocol =
        protocol("a", sms("a", "w", Map.of(Outcome.OPENED, "end")), wait("w", "a"), end("end"));

    assertThat(errorsOf(protocol)).isEmpty();
  }

  @Test
  void aProtocolWithoutAnEndIsRefused() {
    var protocol = protocol("a", sms("a", "w", Map.of()), wait("w", "a"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inProtocol("steps", "a protocol needs at least one End step"));
  }

  @Test
  void stepsFromWhichNoEndCanBeReachedAreRefused() {
    var protocol =
        protocol(
            "a",
            sms("a", "end", Map.of(Outcome.BOUNCED, "trap")),
            sms("trap", "trap-wait", Map.of()),
            wait("trap-wait", "trap"),
            end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep("trap", "next", "no End step can be reached from this step"),
            ProtocolError.inStep("trap-wait", "next", "no End step can be reached from this step"));
  }

  @Test
  void durationsThatAreNotPositiveAreRefused() {
    var protocol =
        new TreatmentProtocol(
            "p",
            1,
            "P",
            "",
            "w",
            List.of(
                new Step.Wait("w", Duration.ZERO, "n", Map.of()),
                new Step.Wait("n", Duration.ofDays(-1), "s", Map.of()),
                new Step.Send(
                    "s",
                    Channel.EMAIL,
                    "t",
                    io.cobranza.domain.contact.ContactPurpose.COLLECTION,
                    Duration.ZERO,
                    "end",
                    Map.of()),
                end("end")),
            Duration.ofDays(-2));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inProtocol(
                "promiseGrace", "the grace after a promise cannot be negative"),
            ProtocolError.inStep("w", "duration", "must be positive, found PT0S"),
            ProtocolError.inStep("n", "duration", "must be positive, found PT-24H"),
            ProtocolError.inStep("s", "awaitOutcome", "must be positive, found PT0S"));
  }

  @Test
  void aRecommendationWithoutOptionsOrWithIncompleteOptionsIsRefused() {
    var protocol =
        protocol(
            "empty",
            new Step.Recommend("empty", List.of(), Step.DEFAULT_AWAIT_OUTCOME, "bad", Map.of()),
            new Step.Recommend(
                "bad",
                List.of(
                    new ActionOption(ActionOption.Kind.REMINDER, null, "t", null, null),
                    new ActionOption(ActionOption.Kind.PLAN_OFFER, Channel.SMS, "t", null, null),
                    new ActionOption(ActionOption.Kind.CALL, Channel.EMAIL, "t", null, null),
                    ActionOption.waitFor(Duration.ZERO),
                    ActionOption.planOffer(Channel.SMS, "t", Cadence.WEEKLY, 0),
                    ActionOption.reminder(Channel.SMS, "t"),
                    ActionOption.reminder(Channel.SMS, "t")),
                Step.DEFAULT_AWAIT_OUTCOME,
                "end",
                Map.of()),
            end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep(
                "empty", "options", "a recommendation needs at least one action to choose from"),
            ProtocolError.inStep("bad", "options[0]", "a REMINDER option needs a channel"),
            ProtocolError.inStep(
                "bad", "options[1]", "a PLAN_OFFER option needs a cadence and instalments"),
            ProtocolError.inStep(
                "bad", "options[2].channel", "a CALL option is a telephone call, not EMAIL"),
            ProtocolError.inStep("bad", "options[3].duration", "must be positive, found PT0S"),
            ProtocolError.inStep(
                "bad", "options[4].maxInstalments", "a plan has at least one instalment, found 0"),
            ProtocolError.inStep("bad", "options[6]", "REMINDER:SMS is listed more than once"));
  }

  @Test
  void hoursAreForContactsInTheDayOnly() {
    var sms = ActionOption.reminder(Channel.SMS, "t");
    var protocol =
        protocol(
            "bands",
            new Step.Recommend(
                "bands",
                List.of(
                    sms.in(HourBand.EVENING),
                    sms.in(HourBand.NIGHT),
                    new ActionOption(
                        ActionOption.Kind.WAIT,
                        null,
                        null,
                        null,
                        Duration.ofDays(1),
                        HourBand.MORNING),
                    sms,
                    sms.in(HourBand.EVENING)),
                Step.DEFAULT_AWAIT_OUTCOME,
                "end",
                Map.of()),
            end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep(
                "bands",
                "options[1].hours",
                "NIGHT is not a band to contact people in (the contact rules forbid most of it);"
                    + " one of MORNING, AFTERNOON, EVENING"),
            ProtocolError.inStep(
                "bands",
                "options[2]",
                "a WAIT option has a duration only, no channel, template, plan or hours"),
            ProtocolError.inStep(
                "bands",
                "options[3]",
                "REMINDER:SMS is offered both at once and in a band of the day: give every one of"
                    + " its options hours, or none"),
            ProtocolError.inStep(
                "bands", "options[4]", "REMINDER:SMS@EVENING is listed more than once"));
  }

  @Test
  void incompleteContactStepsAreRefused() {
    var protocol =
        protocol(
            "voice",
            Step.Send.of("voice", Channel.VOICE, " ", "plan", Map.of()),
            new Step.OfferPlan(
                "plan", Channel.SMS, "t", Cadence.MONTHLY, 0, Duration.ofDays(1), "hand", Map.of()),
            new Step.HandOff("hand", WorkQueue.AGENT, "", "esc", Map.of()),
            new Step.Escalate("esc", ProposedEscalation.Kind.PLACEMENT, "end", Map.of()),
            end("end"));

    assertThat(errorsOf(protocol))
        .containsExactly(
            ProtocolError.inStep("voice", "template", "must not be blank"),
            ProtocolError.inStep("voice", "channel", "a voice call is a Call step"),
            ProtocolError.inStep(
                "plan", "maxInstalments", "a plan has at least one instalment, found 0"),
            ProtocolError.inStep("hand", "reason", "must not be blank"));
  }

  @Test
  void everyErrorIsListedAtOnce() {
    var steps = new ArrayList<Step>();
    steps.add(sms("a", "b", Map.of(Outcome.OPENED, "ghost")));
    steps.add(sms("b", "a", Map.of()));
    steps.add(new Step.Wait("a", Duration.ofDays(1), "b", Map.of()));
    steps.add(new Step.Wait("slow", Duration.ZERO, "b", Map.of()));
    steps.add(new Step.Recommend("pick", List.of(), Duration.ofDays(1), "a", Map.of()));
    var protocol = new TreatmentProtocol("p", 0, "P", "", "a", steps, Duration.ofDays(2));

    var validation = protocol.validate();

    assertThat(validation).isInstanceOf(ProtocolValidation.Invalid.class);
    assertThat(validation.errors())
        .extracting(e -> e.stepId() + "/" + e.field())
        .containsExactly(
            "null/version",
            "a/id",
            "slow/duration",
            "pick/options",
            "a/on.OPENED",
            "slow/id",
            "pick/id",
            "a/next",
            "null/steps");
    assertThatThrownBy(protocol::requireValid)
        .isInstanceOf(InvalidProtocolException.class)
        .hasMessageContaining("protocol p v0 is invalid (9 errors)")
        .hasMessageContaining("protocol, version: versions start at 1, found 0")
        .hasMessageContaining("step 'a', on.OPENED: 'ghost' is not a step of the protocol")
        .hasMessageContaining("step 'pick', options: a recommendation needs at least one action")
        .satisfies(e -> assertThat(((InvalidProtocolException) e).errors()).hasSize(9));
  }

  @Test
  void validatedRefusesAnInvalidProtocolWithEveryErrorInTheMessage() {
    assertThatThrownBy(() ->
            TreatmentProtocol.validated(
                "p", 0, "P", "", "missing", List.of(sms("a", "a", Map.of()))))
        .isInstanceOf(InvalidProtocolException.class)
        .hasMessageContaining("version: versions start at 1")
        .hasMessageContaining("firstStep: 'missing' is not a step of the protocol")
        .hasMessageContaining("form a loop with no Wait step")
        .hasMessageContaining("a protocol needs at least one End step");
  }

  @Test
  void everyContactOutcomeHasAStepOutcome() {
    for (var outcome : io.cobranza.domain.contact.ContactOutcome.values()) {
      assertThat(Outcome.of(outcome).contactOutcome()).contains(outcome);
    }
    assertThat(Outcome.REFUSED.isContactOutcome()).isFalse();
    assertThat(Outcome.DELIVERED.isProgressReport()).isTrue();
    assertThat(Outcome.OPENED.isProgressReport()).isFalse();
  }
}
