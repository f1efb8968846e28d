package io.cobranza.adapters.persistence.treatment;

import static org.jooq.impl.DSL.val;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.application.treatment.DecisionOutcomes;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.domain.debtor.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;

/**
 * {@link DecisionOutcomes} from the ledger: payments received on the case's accounts on the days
 * from the decision's to the window end's (both in the debtor's zone: a payment has a day, not an
 * instant), promises made in the window and due after its last day, the outbound contacts about the
 * case's accounts in the window by channel, complaint holds placed on the case in it. Amounts in
 * another currency than the decision's are left out.
 */
public final class JooqDecisionOutcomes implements DecisionOutcomes {
  private final org.jooq.DSLContext dsl;

  public JooqDecisionOutcomes(org.jooq.DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Followed after(RecordedRecommendation decision, Instant until) {
    var from = Columns.utc(decision.decidedAt());
    var to = Columns.utc(until);
    var firstDay = decision.decidedAt().atZone(decision.zone()).toLocalDate();
    var lastDay = until.atZone(decision.zone()).toLocalDate();
    var caseId = decision.caseId().value();
    var currency = decision.currency();
    var row =
        dsl.resultQuery(
                """
                SELECT
                  (SELECT coalesce(sum(p.amount), 0)
                     FROM case_accounts ca JOIN payments p ON p.account_id = ca.account_id
                     WHERE ca.case_id = {0} AND p.amount_currency = {3}
                       AND p.received_on >= {4} AND p.received_on <= {5}) AS paid,
                  (SELECT coalesce(sum(pr.amount), 0)
                     FROM case_accounts ca JOIN promises pr ON pr.account_id = ca.account_id
                     WHERE ca.case_id = {0} AND pr.amount_currency = {3}
                       AND pr.made_at >= {1} AND pr.made_at < {2}
                       AND pr.due_on > {5}) AS promised,
                  (SELECT count(*) FROM holds h
                     WHERE h.case_id = {0} AND h.kind = 'COMPLAINT'
                       AND h.since >= {1} AND h.since < {2}) AS complaints
                """,
                val(caseId), val(from), val(to), val(currency), val(firstDay), val(lastDay))
            .fetchOne();
    var contacts = new EnumMap<Channel, Long>(Channel.class);
    dsl.resultQuery(
            """
            SELECT c.channel, count(*) AS n FROM contact_attempts c
            WHERE c.debtor_id = {0} AND c.direction = 'OUTBOUND' AND c.at >= {1} AND c.at < {2}
              AND EXISTS (
                SELECT 1 FROM contact_attempt_accounts caa
                  JOIN case_accounts ca ON ca.account_id = caa.account_id
                WHERE caa.attempt_id = c.id AND ca.case_id = {3})
            GROUP BY c.channel
            """,
            val(decision.debtorId().value()), val(from), val(to), val(caseId))
        .forEach(r ->
            contacts.put(Channel.valueOf(r.get("channel", String.class)), r.get("n", Long.class)));
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return new Followed(
        minor(row.get("paid", BigDecimal.class), digits),
        minor(row.get("promised", BigDecimal.class), digits),
        contacts,
        row.get("complaints", Integer.class));
  }

  private static long minor(BigDecimal amount, int digits) {
    return amount.movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
