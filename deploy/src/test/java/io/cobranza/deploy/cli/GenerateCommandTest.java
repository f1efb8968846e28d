package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.portfolio.CsvPortfolioReader;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.RowProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var cli = CobranzaCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void generatesTheAskedNumberOfAccountsThatTheReaderAcceptsWhole() throws Exception {
    var file = dir.resolve("portfolio.csv");

    assertThat(run("generate", "--accounts", "250", "--out", file.toString(), "--seed", "7"))
        .isZero();

    assertThat(out.toString()).contains("wrote 250 accounts");
    long rows = 0;
    long problems = 0;
    try (var reader = new CsvPortfolioReader().open(file, PortfolioFormat.COBRANZA_CSV)) {
      for (var entry = reader.next(); entry != null; entry = reader.next()) {
        if (entry instanceof PortfolioRow) {
          rows++;
        } else if (entry instanceof RowProblem) {
          problems++;
        }
      }
    }
    assertThat(rows).isEqualTo(250);
    assertThat(problems).isZero();
  }

  @Test
  void theSameSeedWritesTheSameFile() throws Exception {
    var a = dir.resolve("a.csv");
    var b = dir.resolve("b.csv");
    run("generate", "--accounts", "100", "--out", a.toString());
    run("generate", "--accounts", "100", "--out", b.toString());
    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
  }

  @Test
  void aMissingDirectoryOrANegativeCountIsAUsageErrorNamingTheOption() {
    assertThat(run("generate", "--accounts", "5", "--out", dir.resolve("no/such/x.csv").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--out");
    assertThat(run("generate", "--accounts", "-5", "--out", dir.resolve("x.csv").toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--accounts");
  }
}
