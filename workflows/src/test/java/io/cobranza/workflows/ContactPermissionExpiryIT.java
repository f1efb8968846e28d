package io.cobranza.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.contact.ContactChannel;
import io.cobranza.application.contact.OutboundContact;
import io.cobranza.domain.fixtures.ExampleProtocols;
import io.cobranza.domain.treatment.Command;
import io.cobranza.workflows.collection.CaseActivities;
import io.cobranza.workflows.collection.CollectionCaseWorkflowImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A send that finds the gate's permission expired (the channel picked it up too late) is not sent,
 * and the workflow's step asks the gate again and sends it under a new key: 12 CFR 1006.6(b)(1)(i)
 * judges the time a communication is made, not the time it was decided.
 */
class ContactPermissionExpiryIT {
  private TestWorld world;

  @AfterEach
  void close() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void aContactWhosePermissionExpiredBeforeItLeftIsAskedAgainAndSentOnceUnderANewKey() {
    var expiredSends = new ArrayList<Command.SendContact>();
    world =
        new TestWorld(
            CollectionCaseWorkflowIT.MONDAY_NINE,
            CollectionCaseWorkflowImpl.DEFAULT_HISTORY_LIMIT,
            treatment ->
                (CaseActivities)
                    Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {CaseActivities.class},
                        (proxy, method, args) -> {
                          if (method.getName().equals("send")) {
                            var send = (Command.SendContact) args[2];
                            synchronized (expiredSends) {
                              if (expiredSends.isEmpty()) {
                                // The first contact reaches the channel after its permission.
                                expiredSends.add(send);
                                return new ContactChannel.SendResult.Expired(
                                    send.idempotencyKey(), send.expiresAt());
                              }
                            }
                          }
                          try {
                            return method.invoke(treatment, args);
                          } catch (InvocationTargetException e) {
                            throw e.getCause();
                          }
                        }),
            600);
    world.start(world.aStoredCase(), ExampleProtocols.earlyStageDigitalFirst());

    world.env.sleep(Duration.ofDays(2));

    var first = expiredSends.getFirst();
    assertThat(first.expiresAt()).isNotNull();
    List<OutboundContact> sent = world.channel.sent();
    assertThat(sent)
        .extracting(OutboundContact::idempotencyKey)
        .doesNotContain(first.idempotencyKey());
    var again =
        sent.stream().filter(c -> c.template().equals(first.template())).findFirst().orElseThrow();
    assertThat(again.idempotencyKey()).startsWith(first.idempotencyKey().replaceAll(":\\d+$", ":"));
    assertThat(world.attempts.find(again.idempotencyKey()).orElseThrow().at())
        .isAfterOrEqualTo(first.expiresAt());
  }
}
