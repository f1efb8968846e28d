package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cobranza import` on the embedded PostgreSQL, as an operator runs it. */
class ImportCommandIT {
  @TempDir Path dir;

  private static String run(int expectedExit, String... args) {
    return CliRuns.run(expectedExit, args);
  }

  @Test
  void importsAGeneratedFileReportsTheRejectedRowsAndDoesNothingTheSecondTime() throws Exception {
    var file = dir.resolve("portfolio.csv");
    run(0, "generate", "--accounts", "2000", "--out", file.toString(), "--bad-rows", "0.05");
    var data = dir.resolve("data").toString();

    var first = run(0, "import", file.toString(), "--data-dir", data, "--db-port", "0");

    assertThat(first).contains("IMPORTED").contains("rejected rows: ");
    var report = Path.of(file + ".rejected.csv");
    assertThat(Files.readAllLines(report)).first().isEqualTo("line,field,value,reason");
    assertThat(Files.readAllLines(report)).hasSizeGreaterThan(1);

    var second = run(0, "import", file.toString(), "--data-dir", data, "--db-port", "0");
    assertThat(second).contains("ALREADY_IMPORTED");
  }

  @Test
  void anUnknownFormatOrAMissingFileIsAUsageErrorNamingIt() {
    assertThat(run(ExitCodes.USAGE, "import", dir.resolve("none.csv").toString())).contains("FILE");
    assertThat(run(ExitCodes.USAGE, "import", "pom.xml", "--format", "xlsx")).contains("--format");
  }
}
