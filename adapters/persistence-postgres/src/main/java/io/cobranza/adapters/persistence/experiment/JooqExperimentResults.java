package io.cobranza.adapters.persistence.experiment;

import io.cobranza.application.experiment.ExperimentResults;
import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.contact.ChannelCosts;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.experiment.DebtorResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * {@link ExperimentResults} from the ledger: the debtors whose newest arm under the policy was
 * assigned by the version asked, with what their case's accounts owed then (the balance now plus
 * what was paid since), what was paid since, whether they owe nothing now, and the complaints
 * (complaint holds) since, each in the minor units of the case's currency (a case whose accounts
 * are in two currencies is left out; debtors in different currencies are pooled at face value), and
 * the cost of the outbound contacts made to the debtor since, by channel at the price list given.
 */
public final class JooqExperimentResults implements ExperimentResults {
  private final DSLContext dsl;

  public JooqExperimentResults(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<DebtorResult> of(String policyId, int policyVersion, ChannelCosts costs) {
    var results = new ArrayList<DebtorResult>();
    dsl.resultQuery(
            """
            WITH newest AS (
              SELECT DISTINCT ON (debtor_id)
                debtor_id, assigned_on, policy_version, case_id, arm, role
              FROM arm_assignments
              WHERE policy_id = {0}
              ORDER BY debtor_id, assigned_on DESC)
            SELECT n.debtor_id, n.arm, n.role,
              (SELECT coalesce(sum(a.balance), 0)
                 FROM case_accounts ca JOIN accounts a ON a.id = ca.account_id
                 WHERE ca.case_id = n.case_id) AS balance,
              (SELECT min(a.balance_currency) || max(a.balance_currency)
                 FROM case_accounts ca JOIN accounts a ON a.id = ca.account_id
                 WHERE ca.case_id = n.case_id) AS currencies,
              (SELECT coalesce(sum(p.amount), 0)
                 FROM case_accounts ca JOIN payments p ON p.account_id = ca.account_id
                 WHERE ca.case_id = n.case_id AND p.received_on >= n.assigned_on) AS paid,
              (SELECT count(*) FROM holds h
                 WHERE h.case_id = n.case_id AND h.kind = 'COMPLAINT'
                   AND h.since >= (n.assigned_on::timestamp AT TIME ZONE 'UTC')) AS complaints,
              (SELECT coalesce(string_agg(channel || '=' || contacts, ',' ORDER BY channel), '')
                 FROM (SELECT c.channel, count(*) AS contacts FROM contact_attempts c
                   WHERE c.debtor_id = n.debtor_id AND c.direction = 'OUTBOUND'
                     AND c.at >= (n.assigned_on::timestamp AT TIME ZONE 'UTC')
                   GROUP BY c.channel) AS by_channel) AS contacts
            FROM newest n
            WHERE n.policy_version = {1}
            ORDER BY n.debtor_id
            """,
            org.jooq.impl.DSL.val(policyId), org.jooq.impl.DSL.val(policyVersion))
        .forEach(r -> {
          var balance = r.get("balance", BigDecimal.class);
          var paid = r.get("paid", BigDecimal.class);
          var currencies = r.get("currencies", String.class);
          if (currencies == null
              || currencies.length() != 6
              || !currencies.substring(0, 3).equals(currencies.substring(3))) {
            return; // no accounts, or accounts in two currencies: not comparable as one sum
          }
          int digits =
              java.util.Currency.getInstance(currencies.substring(0, 3)).getDefaultFractionDigits();
          long paidMinor = minor(paid, digits);
          long owedMinor = minor(balance.add(paid), digits);
          if (owedMinor <= 0) {
            return; // nothing was owed when assigned: not part of the comparison
          }
          results.add(
              new DebtorResult(
                  DebtorId.of(r.get("debtor_id", String.class)),
                  r.get("arm", String.class),
                  ArmRole.valueOf(r.get("role", String.class)),
                  owedMinor,
                  paidMinor,
                  balance.signum() <= 0,
                  costs.of(contacts(r.get("contacts", String.class))),
                  r.get("complaints", Integer.class)));
        });
    return results;
  }

  /** {@code SMS=3,VOICE=1} as counts by channel. */
  private static java.util.Map<Channel, Long> contacts(String counts) {
    var byChannel = new java.util.EnumMap<Channel, Long>(Channel.class);
    if (!counts.isEmpty()) {
      for (var pair : counts.split(",")) {
        var parts = pair.split("=");
        byChannel.put(Channel.valueOf(parts[0]), Long.parseLong(parts[1]));
      }
    }
    return byChannel;
  }

  private static long minor(BigDecimal amount, int digits) {
    return amount
        .movePointRight(Math.max(0, digits))
        .setScale(0, java.math.RoundingMode.HALF_UP)
        .longValueExact();
  }
}
