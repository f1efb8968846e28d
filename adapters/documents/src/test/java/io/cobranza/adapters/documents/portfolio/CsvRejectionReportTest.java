package io.cobranza.adapters.documents.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.portfolio.RowProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRejectionReportTest {
  @TempDir Path dir;

  @Test
  void writesOneQuotedLinePerProblemUnderAHeader() throws IOException {
    var file = dir.resolve("rejected.csv");
    try (var report = new CsvRejectionReport().open(file)) {
      report.write(new RowProblem(7, "balance", "-1.00", "must not be negative"));
      report.write(new RowProblem(9, "postal_address", "1 \"A\", B", "is, odd"));
    }

    assertThat(Files.readString(file))
        .isEqualTo(
            "line,field,value,reason\n"
                + "7,balance,-1.00,must not be negative\n"
                + "9,postal_address,\"1 \"\"A\"\", B\",\"is, odd\"\n");
  }
}
