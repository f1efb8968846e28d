package io.cobranza.adapters.scoring.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UciCreditFileTest {
  static final String HEADER =
      "ID,LIMIT_BAL,SEX,EDUCATION,MARRIAGE,AGE,PAY_0,PAY_2,PAY_3,PAY_4,PAY_5,PAY_6,"
          + "BILL_AMT1,BILL_AMT2,BILL_AMT3,BILL_AMT4,BILL_AMT5,BILL_AMT6,"
          + "PAY_AMT1,PAY_AMT2,PAY_AMT3,PAY_AMT4,PAY_AMT5,PAY_AMT6,default.payment.next.month\n";

  @TempDir Path dir;

  private Path file(String rows) throws IOException {
    var file = dir.resolve("credit.csv");
    Files.writeString(file, HEADER + rows);
    return file;
  }

  @Test
  void readsEveryMonthNewestFirstWithTheLabelAndTheProtectedAttributesApart() throws IOException {
    var data =
        UciCreditFile.read(
            file(
                "2,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1\n"));
    var history = data.histories().getFirst();
    assertThat(history.id()).isEqualTo("UCI-2");
    assertThat(history.line()).isEqualTo(2);
    assertThat(history.creditLimit()).isEqualTo(120_000);
    assertThat(history.repaymentStatus()).containsExactly(-1, 2, 0, 0, 0, 2);
    assertThat(history.statementBalances()).containsExactly(2682, 1725, 2682, 3272, 3455, 3261);
    assertThat(history.amountsPaid()).containsExactly(0, 1000, 1000, 1000, 0, 2000);
    assertThat(history.defaulted()).isEqualTo(1);
    assertThat(history.protectedAttributes())
        .containsEntry("SEX", "2")
        .containsEntry("AGE", "26")
        .containsOnlyKeys("SEX", "EDUCATION", "MARRIAGE", "AGE");
    assertThat(data.sha256()).hasSize(64);
    assertThat(data.defaults()).isEqualTo(1);
  }

  @Test
  void acceptsACreditBalanceWhichTheImportRefusesAsADebt() throws IOException {
    var data =
        UciCreditFile.read(
            file("7,50000,1,1,2,40,-1,-1,-1,-1,-1,-1,-20,0,0,0,0,0,0,0,0,0,0,0,0\n"));
    assertThat(data.histories().getFirst().balance(0)).isEqualTo(-20);
  }

  @Test
  void refusesTheWholeFileNamingEveryBadRowByLineAndColumn() throws IOException {
    var file =
        file(
            "1,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1\n"
                + "2,120000,7,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1\n"
                + "3,0,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,0\n"
                + "4,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,\n");
    assertThatThrownBy(() -> UciCreditFile.read(file))
        .isInstanceOfSatisfying(
            InvalidCreditFileException.class,
            e -> {
              assertThat(e.problems()).extracting(p -> p.line()).containsExactly(3L, 4L, 5L);
              assertThat(e.getMessage())
                  .contains("3 problems, nothing was used")
                  .contains("line 3, SEX '7': is not a code between 1 and 2")
                  .contains("line 4, LIMIT_BAL '0': is not a positive credit limit")
                  .contains("line 5, default.payment.next.month");
            });
  }

  @Test
  void refusesAFileWithoutRowsOrWithoutTheFormatsColumns() throws IOException {
    assertThatThrownBy(() -> UciCreditFile.read(file("")))
        .isInstanceOf(InvalidCreditFileException.class)
        .hasMessageContaining("the file has no rows");
    var other = dir.resolve("other.csv");
    Files.writeString(other, "a,b\n1,2\n");
    assertThatThrownBy(() -> UciCreditFile.read(other))
        .isInstanceOf(InvalidCreditFileException.class)
        .hasMessageContaining("the UCI column is missing");
    assertThatThrownBy(() -> UciCreditFile.read(dir.resolve("missing.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--data: no such file");
  }
}
