package io.cobranza.adapters.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.portfolio.ImportLimits;
import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.PortfolioRowValidator;
import io.cobranza.application.portfolio.RowProblem;
import io.cobranza.domain.account.LifecycleStage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPortfolioTest {
  @TempDir Path dir;

  private static String generate(SyntheticPortfolio.Options options) throws IOException {
    var out = new StringWriter();
    SyntheticPortfolio.write(out, options);
    return out.toString();
  }

  private List<PortfolioEntry> readBack(SyntheticPortfolio.Options options) {
    var file = dir.resolve("synthetic-" + options.seed() + ".csv");
    SyntheticPortfolio.write(file, options);
    var entries = new ArrayList<PortfolioEntry>();
    try (var rows = new CsvPortfolioReader().open(file, PortfolioFormat.COBRANZA_CSV)) {
      for (PortfolioEntry e; (e = rows.next()) != null; ) {
        entries.add(e);
      }
    }
    return entries;
  }

  @Test
  void theSameSeedWritesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
    var options = SyntheticPortfolio.Options.of(500);

    assertThat(generate(options)).isEqualTo(generate(options));
    assertThat(generate(options.withSeed(7))).isNotEqualTo(generate(options));
  }

  @Test
  void writesExactlyTheAccountsAskedFor() throws IOException {
    assertThat(generate(SyntheticPortfolio.Options.of(0)).lines()).hasSize(1);
    assertThat(generate(SyntheticPortfolio.Options.of(1234)).lines()).hasSize(1235);
  }

  @Test
  void roundTripsThroughTheReaderAndTheValidatorWithoutARejection() {
    var options = SyntheticPortfolio.Options.of(3_000);
    var validator = new PortfolioRowValidator(ImportLimits.DEFAULT, options.asOf().plusDays(1));
    var stages = EnumSet.noneOf(LifecycleStage.class);
    var zones = new HashSet<String>();
    var accountIds = new HashSet<String>();
    var debtors = new HashSet<String>();
    int withPayments = 0;

    for (var entry : readBack(options)) {
      var row = (PortfolioRow) entry;
      var verdict = validator.validate(row);
      assertThat(verdict).isInstanceOf(PortfolioRowValidator.Verdict.Valid.class);
      var account = ((PortfolioRowValidator.Verdict.Valid) verdict).account();
      stages.add(account.account().delinquency().stage());
      zones.add(row.timeZone());
      accountIds.add(row.accountId());
      debtors.add(row.debtorId());
      withPayments += row.payments().isEmpty() ? 0 : 1;
    }

    assertThat(accountIds).hasSize(3_000);
    assertThat(debtors.size()).isBetween(2_300, 2_900);
    assertThat(stages)
        .containsExactlyInAnyOrder(
            LifecycleStage.CURRENT,
            LifecycleStage.EARLY,
            LifecycleStage.MID,
            LifecycleStage.LATE,
            LifecycleStage.SEVERE,
            LifecycleStage.CHARGED_OFF);
    assertThat(zones).contains("America/New_York", "America/Los_Angeles", "Europe/London");
    assertThat(withPayments).isBetween(2_000, 2_500);
  }

  @Test
  void badRowsComeOnlyWhenAskedAndAreCaughtByTheReaderOrTheValidator() {
    var options = new SyntheticPortfolio.Options(2_000, 11, LocalDate.of(2025, 12, 31), 0.1);
    var validator = new PortfolioRowValidator(ImportLimits.DEFAULT, options.asOf().plusDays(1));
    var fields = new HashSet<String>();
    int rejectedRows = 0;
    long lastLine = -1;

    for (var entry : readBack(options)) {
      List<RowProblem> problems =
          switch (entry) {
            case RowProblem p -> List.of(p);
            case PortfolioRow row ->
                validator.validate(row) instanceof PortfolioRowValidator.Verdict.Invalid i
                    ? i.problems()
                    : List.of();
          };
      for (var p : problems) {
        fields.add(p.field());
        if (p.line() != lastLine) {
          rejectedRows++;
          lastLine = p.line();
        }
      }
    }

    // Duplicate account ids are the store's to catch (its natural keys), not the reader's.
    assertThat(fields)
        .contains("balance", "currency", "as_of", "jurisdiction", "days_past_due", "record");
    assertThat(rejectedRows).isBetween(120, 200);
  }
}
