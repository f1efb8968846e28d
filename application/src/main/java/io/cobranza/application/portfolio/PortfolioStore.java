package io.cobranza.application.portfolio;

import java.util.List;

/**
 * Where imported accounts go, in chunks (outbound port; the PostgreSQL adapter implements it with
 * COPY into staging tables and one transaction per chunk).
 *
 * <p>The contract that makes an import safe to kill and re-run: each chunk is written in one
 * transaction together with the import's progress, so after a crash either the whole chunk and the
 * new progress are there or neither is. Natural keys decide duplicates: an account id or a payment
 * id that is already stored refuses the row (the whole row: its account and payments); a debtor id
 * that is already stored is not a duplicate, the account is added to that debtor, whose stored
 * fields are kept.
 */
public interface PortfolioStore {
  /** Registers the import of a file, or says how far an earlier import of it got. */
  ImportProgress begin(String fingerprint, String fileName);

  /**
   * Writes each account with its debtor, contact points and payments, and records that every line
   * up to {@code lastLine} has been dealt with, atomically.
   */
  ChunkResult writeChunk(String fingerprint, List<ValidatedAccount> chunk, long lastLine);

  /** Marks the import finished with its totals: importing the same file again is a no-op. */
  void complete(String fingerprint, ImportSummary summary);
}
