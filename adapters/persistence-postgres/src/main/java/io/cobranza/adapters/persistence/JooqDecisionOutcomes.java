package io.cobranza.adapters.persistence;

import static org.jooq.impl.DSL.val;

import io.cobranza.application.treatment.DecisionOutcomes;
import io.cobranza.application.treatment.RecordedRecommendation;
import io.cobranza.domain.debtor.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumMap;

/**
 * {@link DecisionOutcomes} from the ledger: payments received on the case's accounts from the
 * decision's day to the window's end, promises made in the window and not due by its end, the
 * debtor's outbound contacts in the window by channel, complaint holds placed on the case in it.
 * Amounts in another currency than the decision's are left out.
 */
final class JooqDecisionOutcomes implements DecisionOutcomes {
  private final org.jooq.DSLContext dsl;

  JooqDecisionOutcomes(org.jooq.DSLContext dsl) {
    this.dsl = dsl;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  @Override
  public Followed after(RecordedRecommendation decision, Instant until) {
    var from = utc(decision.decidedAt());
    var to = utc(until);
    var caseId = decision.caseId().value();
    var currency = decision.currency();
    var row =
        dsl.resultQuery(
                """
                SELECT
                  (SELECT coalesce(sum(p.amount), 0)
                     FROM case_accounts ca JOIN payments p ON p.account_id = ca.account_id
                     WHERE ca.case_id = {0} AND p.amount_currency = {3}
                       AND p.received_on >= ({1} AT TIME ZONE 'UTC')::date
                       AND p.received_on < ({2} AT TIME ZONE 'UTC')::date) AS paid,
                  (SELECT coalesce(sum(pr.amount), 0)
                     FROM case_accounts ca JOIN promises pr ON pr.account_id = ca.account_id
                     WHERE ca.case_id = {0} AND pr.amount_currency = {3}
                       AND pr.made_at >= {1} AND pr.made_at < {2}
                       AND pr.due_on >= ({2} AT TIME ZONE 'UTC')::date) AS promised,
                  (SELECT count(*) FROM holds h
                     WHERE h.case_id = {0} AND h.kind = 'COMPLAINT'
                       AND h.since >= {1} AND h.since < {2}) AS complaints
                """,
                val(caseId), val(from), val(to), val(currency))
            .fetchOne();
    var contacts = new EnumMap<Channel, Long>(Channel.class);
    dsl.resultQuery(
            """
            SELECT channel, count(*) AS n FROM contact_attempts
            WHERE debtor_id = {0} AND direction = 'OUTBOUND' AND at >= {1} AND at < {2}
            GROUP BY channel
            """,
            val(decision.debtorId().value()), val(from), val(to))
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
