package io.cobranza.application.fakes;

import io.cobranza.application.portfolio.ChunkResult;
import io.cobranza.application.portfolio.ImportProgress;
import io.cobranza.application.portfolio.ImportSummary;
import io.cobranza.application.portfolio.PortfolioStore;
import io.cobranza.application.portfolio.RowProblem;
import io.cobranza.application.portfolio.ValidatedAccount;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.payment.Payment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link PortfolioStore} in maps, honouring the port's contract: a chunk is written whole or not at
 * all together with the progress, account and payment ids are natural keys, debtors are kept as
 * first written. {@link #crashAfterChunks} makes it fail like a killed process.
 */
public final class InMemoryPortfolioStore implements PortfolioStore {
  private final Map<DebtorId, Debtor> debtors = new LinkedHashMap<>();
  private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Payment> payments = new LinkedHashMap<>();
  private final Map<AccountId, Map<String, String>> attributes = new HashMap<>();
  private final Map<String, Progress> imports = new HashMap<>();
  private int chunksBeforeCrash = Integer.MAX_VALUE;
  private int chunksWritten;

  private record Progress(
      String fileName,
      long lastLine,
      long accepted,
      long duplicates,
      @Nullable ImportSummary summary) {}

  /** Throws (writing nothing) on the chunk after the next {@code chunks} chunks. */
  public InMemoryPortfolioStore crashAfterChunks(int chunks) {
    chunksBeforeCrash = chunks;
    return this;
  }

  /** Stops crashing, as a restarted process would. */
  public InMemoryPortfolioStore restart() {
    chunksBeforeCrash = Integer.MAX_VALUE;
    return this;
  }

  @Override
  public ImportProgress begin(String fingerprint, String fileName) {
    var progress = imports.get(fingerprint);
    if (progress == null) {
      imports.put(fingerprint, new Progress(fileName, 0, 0, 0, null));
      return new ImportProgress.New();
    }
    if (progress.summary() != null) {
      return new ImportProgress.Completed(progress.summary());
    }
    return progress.lastLine() == 0
        ? new ImportProgress.New()
        : new ImportProgress.InProgress(
            progress.lastLine(), progress.accepted(), progress.duplicates());
  }

  @Override
  public ChunkResult writeChunk(String fingerprint, List<ValidatedAccount> chunk, long lastLine) {
    var progress = imports.get(fingerprint);
    if (progress == null || progress.summary() != null) {
      throw new IllegalStateException("no import in progress for " + fingerprint);
    }
    if (chunksBeforeCrash-- <= 0) {
      throw new IllegalStateException("simulated crash: the process was killed");
    }
    // First decide every row against the stored keys and the chunk's earlier rows, then apply:
    // nothing is written unless all of it is.
    var newAccounts = new HashSet<AccountId>();
    var newPayments = new HashSet<String>();
    var written = new ArrayList<ValidatedAccount>();
    var duplicates = new ArrayList<RowProblem>();
    for (var row : chunk) {
      var id = row.account().id();
      if (accounts.containsKey(id) || !newAccounts.add(id)) {
        duplicates.add(
            new RowProblem(
                row.line(), "account_id", id.value(), "duplicate: account already imported"));
        continue;
      }
      var taken =
          row.payments().stream()
              .filter(p -> payments.containsKey(p.id()) || newPayments.contains(p.id()))
              .findFirst();
      if (taken.isPresent()) {
        newAccounts.remove(id);
        duplicates.add(
            new RowProblem(
                row.line(), "payments", taken.get().id(), "duplicate: payment already imported"));
        continue;
      }
      row.payments().forEach(p -> newPayments.add(p.id()));
      written.add(row);
    }
    for (var row : written) {
      debtors.putIfAbsent(row.debtor().id(), row.debtor());
      accounts.put(row.account().id(), row.account());
      row.payments().forEach(p -> payments.put(p.id(), p));
      if (!row.attributes().isEmpty()) {
        attributes.put(row.account().id(), row.attributes());
      }
    }
    imports.put(
        fingerprint,
        new Progress(
            progress.fileName(),
            lastLine,
            progress.accepted() + written.size(),
            progress.duplicates() + duplicates.size(),
            null));
    chunksWritten++;
    return new ChunkResult(written.size(), duplicates);
  }

  @Override
  public void complete(String fingerprint, ImportSummary summary) {
    var progress = imports.get(fingerprint);
    if (progress == null) {
      throw new IllegalStateException("no import of " + fingerprint);
    }
    imports.put(
        fingerprint,
        new Progress(
            progress.fileName(),
            summary.lastLine(),
            summary.accepted(),
            summary.duplicates(),
            summary));
  }

  /** The stored debtors, in the order first written. */
  public Map<DebtorId, Debtor> debtors() {
    return Map.copyOf(debtors);
  }

  /** The stored accounts. */
  public Map<AccountId, Account> accounts() {
    return Map.copyOf(accounts);
  }

  /** The stored payments by id. */
  public Map<String, Payment> payments() {
    return Map.copyOf(payments);
  }

  /** The attributes stored with an account. */
  public Map<String, String> attributesOf(AccountId account) {
    return attributes.getOrDefault(account, Map.of());
  }

  /** How many chunks were committed. */
  public int chunksWritten() {
    return chunksWritten;
  }
}
