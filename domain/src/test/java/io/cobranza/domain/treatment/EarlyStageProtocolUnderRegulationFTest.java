package io.cobranza.domain.treatment;

import static io.cobranza.domain.treatment.Scenarios.CHICAGO;
import static io.cobranza.domain.treatment.Scenarios.shell;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactOutcome;
import io.cobranza.domain.contact.rulebook.StandardRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.fixtures.ExampleProtocols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped early-stage protocol walked by the engine with the real US rule set: the protocol
 * says what to do, the gate says when it may be done, and no contact the engine makes breaks
 * Regulation F's hours or its seven-day rule after a conversation.
 */
class EarlyStageProtocolUnderRegulationFTest {
  /** 06:00 in Chicago on Monday 2 November 2026: too early to contact anyone there. */
  private static final Instant SIX_AM = Instant.parse("2026-11-02T12:00:00Z");

  private final FakeShell shell =
      shell(
              ExampleProtocols.earlyStageDigitalFirst(),
              new ContactGate(StandardRuleBook.create()),
              SIX_AM)
          .answer("early.reminder.sms", ContactOutcome.DELIVERED)
          .answer("early.plan-offer.sms", ContactOutcome.DELIVERED)
          .answer("early.call.script", ContactOutcome.RIGHT_PARTY_CONTACT)
          .answer("early.final-call.script", ContactOutcome.RIGHT_PARTY_CONTACT);

  private List<FakeShell.Issued> sends() {
    return shell.issued().stream().filter(i -> i.command() instanceof Command.SendContact).toList();
  }

  @Test
  void theFirstMessageWaitsForEightInTheMorningInTheDebtorsZone() {
    shell.send(new CaseEvent.Started());
    shell.toDay(1);

    assertThat(sends()).isNotEmpty();
    var first = sends().getFirst();
    assertThat(first.at().atZone(CHICAGO).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    assertThat(shell.commands(Command.RecordDeferral.class))
        .first()
        .satisfies(d -> assertThat(d.decision().rules().toString()).contains("1006.6(b)(1)(i)"));
  }

  @Test
  void
      overOneHundredAndTwentyDaysEveryContactFallsBetweenEightAndNineLocalAndNoCallFollowsAConversationWithinSevenDays() {
    shell.recommend(options -> options.getFirst());
    shell.send(new CaseEvent.Started());
    shell.toDay(140);

    var conversations = new ArrayList<LocalDate>();
    int calls = 0;
    for (var issued : sends()) {
      var send = (Command.SendContact) issued.command();
      var local = issued.at().atZone(CHICAGO);
      assertThat(local.toLocalTime())
          .as("%s at %s", send.template(), local)
          .isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
      if (send.channel() == Channel.VOICE) {
        calls++;
        var day = local.toLocalDate();
        for (var conversation : conversations) {
          assertThat(day)
              .as("call on %s after a conversation on %s", day, conversation)
              .isAfterOrEqualTo(conversation.plusDays(7));
        }
        conversations.add(day);
      }
    }
    assertThat(calls).as(shell.journal()).isGreaterThanOrEqualTo(3);
    assertThat(sends().size()).isGreaterThanOrEqualTo(8);
  }
}
