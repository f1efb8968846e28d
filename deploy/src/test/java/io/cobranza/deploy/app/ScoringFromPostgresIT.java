package io.cobranza.deploy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.adapters.documents.portfolio.CsvPortfolioReader;
import io.cobranza.adapters.documents.portfolio.CsvRejectionReport;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.adapters.scoring.RegistryRiskModel;
import io.cobranza.adapters.scoring.credit.UciCreditFile;
import io.cobranza.adapters.scoring.model.ModelFiles;
import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.ImportPortfolio;
import io.cobranza.application.portfolio.ImportingPortfolio;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.scoring.ActivatingRiskModel;
import io.cobranza.application.scoring.ScoringDebtors;
import io.cobranza.deploy.database.PlatformDatabase;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.account.Delinquency;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.money.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring from PostgreSQL: UCI rows imported, a frozen model registered and activated, every open
 * case's debtor scored from what the database kept — the same probabilities the model gave the
 * file's rows when it was saved, recorded with the model's version.
 */
class ScoringFromPostgresIT {
  static final Path FROZEN = Path.of("../adapters/scoring-tribuo/src/test/resources/frozen-model");
  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final Currency TWD = Currency.getInstance("TWD");

  @TempDir Path dir;

  @Test
  void storedAccountsScoreAsTheirRowsDidWithTheActiveModelsVersion() throws Exception {
    try (var db = PlatformDatabase.embedded(dir.resolve("data"), 0)) {
      var persistence = new PersistenceConfiguration(db.dataSource());
      var importing =
          new ImportingPortfolio(
              new CsvPortfolioReader(),
              persistence.portfolioStore(),
              new CsvRejectionReport(),
              Clock.fixed(NOW, ZoneOffset.UTC));
      var imported =
          importing.importPortfolio(
              new ImportPortfolio(
                  FROZEN.resolve("rows.csv"),
                  PortfolioFormat.UCI_STATEMENTS,
                  dir.resolve("rejected.csv"),
                  20,
                  ImportLimits.DEFAULT),
              (bytes, total, rows) -> {});
      assertThat(imported.accepted()).isPositive();

      var model = FROZEN.resolve("logistic-regression");
      var stored = ModelFiles.stored(model);
      persistence.riskModels().register(stored);
      new ActivatingRiskModel(
              persistence.riskModels(), persistence.auditTrail(), Clock.fixed(NOW, ZoneOffset.UTC))
          .activate("default", stored.version(), "test");
      var scoring =
          new ScoringDebtors(
              new RegistryRiskModel(persistence.riskModels(), "default"),
              persistence.payments(),
              persistence.accountAttributes(),
              persistence.riskScores(),
              Clock.fixed(NOW, ZoneOffset.UTC));

      // The import opens no cases yet: one per imported debtor, with the account as the import
      // stored it (docs/portfolio-import.md, the UCI statement format).
      for (var history : UciCreditFile.read(FROZEN.resolve("rows.csv")).histories()) {
        var debtorId = DebtorId.of(history.id());
        if (persistence.debtors().find(debtorId).isEmpty()) {
          continue;
        }
        var account =
            new Account(
                AccountId.of(history.id() + "-card"),
                debtorId,
                "credit_card",
                Money.of(BigDecimal.valueOf(history.balance(0)), TWD),
                Money.zero(TWD),
                null,
                Delinquency.observed(
                    LocalDate.of(2005, 9, 30), Math.max(0, history.status(0)) * 30),
                null,
                null,
                null);
        persistence
            .cases()
            .save(CollectionCase.open(CaseId.of("C-" + history.id()), debtorId, List.of(account)));
      }
      var expected = new HashMap<String, Double>();
      for (var line : Files.readAllLines(model.resolve("expected.csv")).subList(1, 51)) {
        var fields = line.split(",");
        expected.put(fields[0], Double.parseDouble(fields[1]));
      }
      int scored = 0;
      for (var theCase : persistence.cases().openAfter(null, 1_000)) {
        var debtor = persistence.debtors().find(theCase.debtorId()).orElseThrow();
        var score = scoring.score(debtor, theCase, LocalDate.of(2026, 11, 29)).orElseThrow();
        assertThat(score.modelVersion()).isEqualTo(stored.version());
        assertThat(score.probabilityOfDefault().doubleValue())
            .as(debtor.id().value())
            .isCloseTo(expected.get(debtor.id().value()), within(1e-8));
        assertThat(persistence.riskScores().latest(debtor.id())).contains(score);
        scored++;
      }
      assertThat(scored).isEqualTo(imported.accepted());
    }
  }
}
