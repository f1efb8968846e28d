package io.cobranza.adapters.persistence.kpi;

import static io.cobranza.adapters.persistence.jooq.Tables.ACCOUNTS;
import static io.cobranza.adapters.persistence.jooq.Tables.CONTACT_ATTEMPTS;
import static io.cobranza.adapters.persistence.jooq.Tables.PAYMENTS;
import static io.cobranza.adapters.persistence.jooq.Tables.PLACEMENTS;
import static io.cobranza.adapters.persistence.jooq.Tables.PROMISES;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;

import io.cobranza.adapters.persistence.Columns;
import io.cobranza.adapters.persistence.collection.AccountRows;
import io.cobranza.adapters.persistence.contact.JooqContactAttempts;
import io.cobranza.adapters.persistence.payment.JooqPayments;
import io.cobranza.adapters.persistence.payment.JooqPromises;
import io.cobranza.application.kpi.PortfolioFacts;
import io.cobranza.domain.kpi.PlacedAccount;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * {@link PortfolioFacts} from the table placements and the accounts, payments, promises and contact
 * attempts of the accounts placed.
 *
 * <p>The port gives a date but no time zone, so instants are loaded up to the end of {@code asOf}
 * in the zone furthest west (UTC-12); the domain cuts them at the end of the day in the report's
 * zone.
 */
public final class JooqPortfolioFacts implements PortfolioFacts {
  private final DSLContext dsl;
  private final JooqPayments payments;
  private final JooqPromises promises;
  private final JooqContactAttempts attempts;

  public JooqPortfolioFacts(DSLContext dsl) {
    this.dsl = dsl;
    this.payments = new JooqPayments(dsl);
    this.promises = new JooqPromises(dsl);
    this.attempts = new JooqContactAttempts(dsl);
  }

  @Override
  public boolean exists(String portfolio) {
    return dsl.fetchExists(PLACEMENTS, PLACEMENTS.PORTFOLIO.eq(portfolio));
  }

  @Override
  public Facts asOf(String portfolio, LocalDate asOf) {
    var placedBy = PLACEMENTS.PORTFOLIO.eq(portfolio).and(PLACEMENTS.PLACED_ON.le(asOf));
    var placedAccounts = select(PLACEMENTS.ACCOUNT_ID).from(PLACEMENTS).where(placedBy);
    var placedDebtors =
        select(ACCOUNTS.DEBTOR_ID)
            .from(ACCOUNTS)
            .join(PLACEMENTS)
            .on(PLACEMENTS.ACCOUNT_ID.eq(ACCOUNTS.ID))
            .where(placedBy);
    var cutoff = asOf.plusDays(1).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();

    var accounts =
        dsl.select(
                AccountRows.withId(PLACEMENTS.ACCOUNT_ID),
                PLACEMENTS.PLACEMENT_BALANCE,
                PLACEMENTS.PLACEMENT_BALANCE_CURRENCY,
                PLACEMENTS.PLACED_ON)
            .from(PLACEMENTS)
            .where(placedBy)
            .orderBy(PLACEMENTS.PLACED_ON, PLACEMENTS.ACCOUNT_ID)
            .fetch(
                mapping((account, balance, currency, placedOn) ->
                    new PlacedAccount(
                        account.getFirst(), Columns.money(balance, currency), placedOn)));
    return new Facts(
        accounts,
        payments.where(PAYMENTS.ACCOUNT_ID.in(placedAccounts).and(PAYMENTS.RECEIVED_ON.le(asOf))),
        attempts.attemptsWhere(
            CONTACT_ATTEMPTS.DEBTOR_ID.in(placedDebtors).and(CONTACT_ATTEMPTS.AT.lt(cutoff))),
        promises.where(PROMISES.ACCOUNT_ID.in(placedAccounts).and(PROMISES.MADE_AT.lt(cutoff))));
  }
}
