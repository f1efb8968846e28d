package io.cobranza.domain.treatment;

import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.contact.ContactPolicy;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.contact.ContactRules;
import io.cobranza.domain.contact.GateRequest;
import io.cobranza.domain.contact.PolicyVerdict;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.contact.RuleRef;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.Jurisdiction;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small contact policies for the engine's tests. They stand in for the real rule sets (which live
 * in the contact package and are tested there): the engine's tests only need a gate that allows,
 * defers or refuses in ways the test controls.
 */
final class TestPolicies {
  private TestPolicies() {}

  /** A gate for US debtors made of the given policies. */
  static ContactGate gateOf(ContactPolicy... policies) {
    return new ContactGate(
        new ContactRuleBook(
            Map.of(Jurisdiction.US, new ContactRules("engine test rules", List.of(policies)))));
  }

  /** Defers every contact outside 08:00-21:00 in the debtor's stated zone. */
  static ContactPolicy quietHours() {
    return new ContactPolicy() {
      @Override
      public RuleRef rule() {
        return new RuleRef("test.quiet-hours", "engine test: 08:00-21:00 local");
      }

      @Override
      public PolicyVerdict evaluate(GateRequest request) {
        var zone = request.debtor().statedZone();
        var local = request.at().atZone(zone == null ? ZoneId.of("UTC") : zone);
        var time = local.toLocalTime();
        if (time.isBefore(LocalTime.of(8, 0))) {
          return PolicyVerdict.defer(
              local.with(LocalTime.of(8, 0)).toInstant(), "too early in the debtor's day");
        }
        if (!time.isBefore(LocalTime.of(21, 0))) {
          return PolicyVerdict.defer(
              local.plusDays(1).with(LocalTime.of(8, 0)).toInstant(),
              "too late in the debtor's day");
        }
        return PolicyVerdict.pass();
      }
    };
  }

  /** Refuses every contact on one channel. */
  static ContactPolicy refuseChannel(Channel channel) {
    return new ContactPolicy() {
      @Override
      public RuleRef rule() {
        return new RuleRef("test.no-" + channel, "engine test: no " + channel);
      }

      @Override
      public PolicyVerdict evaluate(GateRequest request) {
        return request.proposed().channel() == channel
            ? PolicyVerdict.refuse(channel + " is not allowed in this test")
            : PolicyVerdict.pass();
      }
    };
  }

  /** Refuses every escalation. */
  static ContactPolicy refuseEscalations() {
    return new ContactPolicy() {
      @Override
      public RuleRef rule() {
        return new RuleRef("test.no-escalation", "engine test: no escalation");
      }

      @Override
      public PolicyVerdict evaluate(GateRequest request) {
        return PolicyVerdict.pass();
      }

      @Override
      public PolicyVerdict evaluateEscalation(
          Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
        return PolicyVerdict.refuse("escalation is not allowed in this test");
      }
    };
  }

  /** Passes everything, and remembers every escalation it was asked about. */
  static final class EscalationWitness implements ContactPolicy {
    final List<ProposedEscalation.Kind> asked = new ArrayList<>();

    @Override
    public RuleRef rule() {
      return new RuleRef("test.escalation-witness", "engine test: records escalations");
    }

    @Override
    public PolicyVerdict evaluate(GateRequest request) {
      return PolicyVerdict.pass();
    }

    @Override
    public PolicyVerdict evaluateEscalation(
        Debtor debtor, CollectionCase collectionCase, ProposedEscalation proposed, Instant at) {
      asked.add(proposed.kind());
      return PolicyVerdict.pass();
    }
  }
}
