package io.cobranza.adapters.persistence.portfolio;

import static io.cobranza.adapters.persistence.jooq.Tables.IMPORTS;

import io.cobranza.adapters.persistence.PlannerStatistics;
import io.cobranza.application.portfolio.ChunkResult;
import io.cobranza.application.portfolio.ImportProgress;
import io.cobranza.application.portfolio.ImportSummary;
import io.cobranza.application.portfolio.PortfolioStore;
import io.cobranza.application.portfolio.RowProblem;
import io.cobranza.application.portfolio.ValidatedAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * {@link PortfolioStore} at bulk speed: each chunk is streamed with {@code COPY} into temporary
 * staging tables and moved into the real tables with {@code INSERT ... SELECT ... ON CONFLICT DO
 * NOTHING}, together with the import's progress row, in one transaction.
 *
 * <p>Duplicates are decided in Java over the chunk, exactly as the port says (an account id or a
 * payment id already stored or taken by an earlier accepted row of the chunk refuses the row
 * whole). The usual chunk has no stored duplicate, so the first attempt assumes none and only
 * counts what the inserts wrote; when a count falls short, the transaction is rolled back and the
 * chunk is written again after asking the database which of its keys are taken.
 */
public final class JooqPortfolioStore implements PortfolioStore {
  private static final String IN_PROGRESS = "IN_PROGRESS";
  private static final String COMPLETED = "COMPLETED";
  private static final String UNIQUE_VIOLATION = "23505";

  /** Temporary tables, one set per session; emptied by every commit. */
  private static final String STAGING =
      """
      CREATE TEMP TABLE IF NOT EXISTS stage_accounts (
        id varchar, debtor_id varchar, product varchar, balance numeric(19,4),
        currency char(3), minimum_due numeric(19,4), next_due_on date, as_of date,
        days_past_due integer, stage varchar, attorney varchar, attorney_contact varchar,
        attorney_since timestamptz, dispute_received_at timestamptz, dispute_written boolean,
        dispute_verification_sent_at timestamptz, dispute_resolved_at timestamptz,
        validation_notice_sent_on date, attributes jsonb
      ) ON COMMIT DELETE ROWS
      """;

  private static final String INSERT_ACCOUNTS =
      """
      INSERT INTO accounts (id, debtor_id, product, balance, balance_currency, minimum_due,
        minimum_due_currency, next_due_on, delinquency_as_of, days_past_due, stage, attorney,
        attorney_contact, attorney_since, dispute_received_at, dispute_written,
        dispute_verification_sent_at, dispute_resolved_at, validation_notice_sent_on)
      SELECT id, debtor_id, product, balance, currency, minimum_due, currency, next_due_on, as_of,
        days_past_due, stage, attorney, attorney_contact, attorney_since, dispute_received_at,
        dispute_written, dispute_verification_sent_at, dispute_resolved_at,
        validation_notice_sent_on
      FROM stage_accounts
      """;

  private static final String INSERT_PLACEMENTS =
      """
      INSERT INTO placements (account_id, portfolio, placement_balance,
        placement_balance_currency, placed_on)
      SELECT id, ?, balance, currency, as_of FROM stage_accounts
      """;

  private static final String INSERT_ATTRIBUTES =
      """
      INSERT INTO account_attributes (account_id, attributes, imported_by)
      SELECT id, attributes, ? FROM stage_accounts WHERE attributes IS NOT NULL
      """;

  private static final String LOCK_PROGRESS =
      "SELECT portfolio, last_committed_line FROM imports"
          + " WHERE fingerprint = ? AND status = 'IN_PROGRESS' FOR UPDATE";

  private static final String UPDATE_PROGRESS =
      "UPDATE imports SET last_committed_line = ?, accepted = accepted + ?,"
          + " duplicates = duplicates + ? WHERE fingerprint = ?";

  private final DSLContext dsl;

  public JooqPortfolioStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public ImportProgress begin(String fingerprint, String fileName) {
    return dsl.transactionResult(trx -> {
      var tx = trx.dsl();
      int created =
          tx.insertInto(IMPORTS)
              .set(IMPORTS.FINGERPRINT, fingerprint)
              .set(IMPORTS.FILE_NAME, fileName)
              .set(IMPORTS.PORTFOLIO, fileName)
              .set(IMPORTS.STATUS, IN_PROGRESS)
              .set(IMPORTS.LAST_COMMITTED_LINE, 0L)
              .set(IMPORTS.ACCEPTED, 0L)
              .set(IMPORTS.DUPLICATES, 0L)
              .onConflictDoNothing()
              .execute();
      if (created == 1) {
        return new ImportProgress.New();
      }
      var row = tx.selectFrom(IMPORTS).where(IMPORTS.FINGERPRINT.eq(fingerprint)).fetchSingle();
      if (COMPLETED.equals(row.getStatus())) {
        return new ImportProgress.Completed(
            new ImportSummary(
                row.getAccepted(),
                nonNull(row.getRejected()),
                row.getDuplicates(),
                nonNull(row.getLastLine())));
      }
      return row.getLastCommittedLine() == 0
          ? new ImportProgress.New()
          : new ImportProgress.InProgress(
              row.getLastCommittedLine(), row.getAccepted(), row.getDuplicates());
    });
  }

  /** The tables an import writes. */
  static final List<String> IMPORTED_TABLES =
      List.of(
          "debtors",
          "contact_points",
          "accounts",
          "stage_transitions",
          "placements",
          "payments",
          "account_attributes");

  @Override
  public void complete(String fingerprint, ImportSummary summary) {
    int updated =
        dsl.update(IMPORTS)
            .set(IMPORTS.STATUS, COMPLETED)
            .set(IMPORTS.LAST_COMMITTED_LINE, summary.lastLine())
            .set(IMPORTS.ACCEPTED, summary.accepted())
            .set(IMPORTS.DUPLICATES, summary.duplicates())
            .set(IMPORTS.REJECTED, summary.rejected())
            .set(IMPORTS.LAST_LINE, summary.lastLine())
            .set(IMPORTS.COMPLETED_AT, DSL.currentOffsetDateTime().cast(IMPORTS.COMPLETED_AT))
            .where(IMPORTS.FINGERPRINT.eq(fingerprint))
            .execute();
    if (updated == 0) {
      throw new IllegalStateException("no import of " + fingerprint);
    }
    // The planner's statistics still describe the tables before the import; a million new rows
    // read through plans made for a few thousand (a sequential scan of accounts per case) until
    // autovacuum catches up.
    PlannerStatistics.analyze(dsl, IMPORTED_TABLES);
  }

  @Override
  public ChunkResult writeChunk(String fingerprint, List<ValidatedAccount> chunk, long lastLine) {
    try {
      return inTransaction(fingerprint, chunk, lastLine, false);
    } catch (KeysTaken e) {
      // Some key of the chunk is stored already (or a concurrent import wrote it meanwhile):
      // the first attempt is rolled back; decide again knowing the stored keys.
      return inTransaction(fingerprint, chunk, lastLine, true);
    }
  }

  private ChunkResult inTransaction(
      String fingerprint, List<ValidatedAccount> chunk, long lastLine, boolean askStoredKeys) {
    return dsl.transactionResult(trx ->
        trx.dsl()
            .connectionResult(
                connection -> write(connection, fingerprint, chunk, lastLine, askStoredKeys)));
  }

  private ChunkResult write(
      Connection connection,
      String fingerprint,
      List<ValidatedAccount> chunk,
      long lastLine,
      boolean askStoredKeys)
      throws SQLException {
    String portfolio;
    try (var lock = connection.prepareStatement(LOCK_PROGRESS)) {
      lock.setString(1, fingerprint);
      try (var rs = lock.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no import in progress for " + fingerprint);
        }
        portfolio = rs.getString(1);
        long committed = rs.getLong(2);
        if (!chunk.isEmpty() && chunk.getFirst().line() <= committed) {
          throw new IllegalStateException(
              "line "
                  + chunk.getFirst().line()
                  + " of import "
                  + fingerprint
                  + " is committed already (up to line "
                  + committed
                  + "): is the file being imported twice at once?");
        }
      }
    }
    var decision =
        askStoredKeys
            ? Decision.of(
                chunk, storedAccounts(connection, chunk), storedPayments(connection, chunk))
            : Decision.of(chunk, Set.of(), Set.of());
    if (!decision.accepted.isEmpty()) {
      try (var statement = connection.createStatement()) {
        statement.execute(STAGING);
      }
      var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
      var rows = new CopyRows();
      try {
        StagedRows.accounts(rows.start(copyApi, StagedRows.ACCOUNTS), decision.accepted);
        rows.finish();
      } catch (SQLException | RuntimeException e) {
        rows.cancel();
        throw e;
      }
      // A stored debtor keeps its fields and contact points; only new debtors are written, with
      // theirs. One written meanwhile by a concurrent import fails the COPY (unique violation).
      var storedDebtors = storedDebtors(connection, decision.accepted);
      try {
        StagedRows.debtors(
            rows.start(copyApi, StagedRows.DEBTORS), decision.accepted, storedDebtors);
        rows.finish();
        StagedRows.contactPoints(
            rows.start(copyApi, StagedRows.CONTACT_POINTS), decision.accepted, storedDebtors);
        rows.finish();
      } catch (SQLException e) {
        rows.cancel();
        throw keysTakenOr(e);
      } catch (RuntimeException e) {
        rows.cancel();
        throw e;
      }
      try (var statement = connection.createStatement()) {
        statement.executeUpdate(INSERT_ACCOUNTS);
      } catch (SQLException e) {
        throw keysTakenOr(e);
      }
      // In file order, so that the identity column seq keeps the file's order of same-day
      // payments.
      try {
        StagedRows.payments(rows.start(copyApi, StagedRows.PAYMENTS), decision.accepted);
        rows.finish();
      } catch (SQLException e) {
        rows.cancel();
        throw keysTakenOr(e);
      } catch (RuntimeException e) {
        rows.cancel();
        throw e;
      }
      update(connection, INSERT_PLACEMENTS, portfolio);
      if (decision.withAttributes > 0) {
        update(connection, INSERT_ATTRIBUTES, fingerprint);
      }
    }
    try (var progress = connection.prepareStatement(UPDATE_PROGRESS)) {
      progress.setLong(1, lastLine);
      progress.setLong(2, decision.accepted.size());
      progress.setLong(3, decision.duplicates.size());
      progress.setString(4, fingerprint);
      progress.executeUpdate();
    }
    return new ChunkResult(decision.accepted.size(), decision.duplicates);
  }

  /**
   * A unique violation on accounts or payments means a key of the chunk is stored already (an
   * earlier import, or a concurrent one): the transaction, aborted, is rolled back by the
   * exception.
   */
  private static SQLException keysTakenOr(SQLException e) {
    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
      throw new KeysTaken();
    }
    return e;
  }

  private static void update(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.executeUpdate();
    }
  }

  private static Set<String> storedAccounts(Connection connection, List<ValidatedAccount> chunk)
      throws SQLException {
    var ids = new String[chunk.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = chunk.get(i).account().id().value();
    }
    return stored(connection, "SELECT id FROM accounts WHERE id = ANY (?)", ids);
  }

  private static Set<String> storedDebtors(Connection connection, List<ValidatedAccount> rows)
      throws SQLException {
    var ids = new LinkedHashSet<String>();
    for (var row : rows) {
      ids.add(row.debtor().id().value());
    }
    return stored(
        connection, "SELECT id FROM debtors WHERE id = ANY (?)", ids.toArray(String[]::new));
  }

  private static Set<String> storedPayments(Connection connection, List<ValidatedAccount> chunk)
      throws SQLException {
    var ids = new ArrayList<String>();
    for (var row : chunk) {
      for (var payment : row.payments()) {
        ids.add(payment.id());
      }
    }
    return stored(
        connection, "SELECT id FROM payments WHERE id = ANY (?)", ids.toArray(String[]::new));
  }

  private static Set<String> stored(Connection connection, String sql, String[] ids)
      throws SQLException {
    var found = new HashSet<String>();
    if (ids.length == 0) {
      return found;
    }
    try (var statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("varchar", ids));
      try (var rs = statement.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private static long nonNull(@Nullable Long value) {
    if (value == null) {
      throw new IllegalStateException("a completed import without its summary");
    }
    return value;
  }

  /** Thrown inside the transaction when an insert wrote fewer rows than decided: roll back. */
  private static final class KeysTaken extends RuntimeException {
    KeysTaken() {
      super("a key of the chunk is stored already", null, false, false);
    }
  }

  /** Which rows of a chunk are written and which are refused as duplicates. */
  private static final class Decision {
    private final List<ValidatedAccount> accepted;
    private final List<RowProblem> duplicates;
    private final int payments;
    private final int withAttributes;

    private Decision(
        List<ValidatedAccount> accepted,
        List<RowProblem> duplicates,
        int payments,
        int withAttributes) {
      this.accepted = accepted;
      this.duplicates = duplicates;
      this.payments = payments;
      this.withAttributes = withAttributes;
    }

    /**
     * In file order: a row whose account id is stored or taken by an earlier accepted row, or one
     * of whose payment ids is, is refused whole; the others are accepted.
     */
    static Decision of(
        List<ValidatedAccount> chunk, Set<String> storedAccounts, Set<String> storedPayments) {
      var accountIds = new HashSet<String>(chunk.size() * 2);
      var paymentIds = new HashSet<String>();
      var accepted = new ArrayList<ValidatedAccount>(chunk.size());
      var duplicates = new ArrayList<RowProblem>();
      int payments = 0;
      int withAttributes = 0;
      for (var row : chunk) {
        var id = row.account().id().value();
        if (storedAccounts.contains(id) || accountIds.contains(id)) {
          duplicates.add(
              new RowProblem(row.line(), "account_id", id, "duplicate: account already imported"));
          continue;
        }
        String taken = null;
        for (var payment : row.payments()) {
          if (storedPayments.contains(payment.id()) || paymentIds.contains(payment.id())) {
            taken = payment.id();
            break;
          }
        }
        if (taken != null) {
          duplicates.add(
              new RowProblem(row.line(), "payments", taken, "duplicate: payment already imported"));
          continue;
        }
        accountIds.add(id);
        for (var payment : row.payments()) {
          paymentIds.add(payment.id());
        }
        payments += row.payments().size();
        if (!row.attributes().isEmpty()) {
          withAttributes++;
        }
        accepted.add(row);
      }
      return new Decision(accepted, duplicates, payments, withAttributes);
    }
  }
}
