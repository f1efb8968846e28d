package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cobranza segments store|assign` on the embedded PostgreSQL, as an operator runs them. */
class SegmentsCommandIT {
  @TempDir Path dir;

  private static String run(int expectedExit, String... args) {
    return CliRuns.run(expectedExit, args);
  }

  private static long number(String output, String regex) {
    var matcher = Pattern.compile(regex).matcher(output);
    assertThat(matcher.find()).as(output).isTrue();
    return Long.parseLong(matcher.group(1).replace(",", ""));
  }

  @Test
  void everyDebtorWhoOwesGetsACaseAndASegmentAndOnlyChangesAreRecorded() throws Exception {
    var file = dir.resolve("portfolio.csv");
    run(0, "generate", "--accounts", "3000", "--out", file.toString());
    var data = dir.resolve("data").toString();
    String[] db = {"--data-dir", data, "--db-port", "0"};
    run(0, concat(new String[] {"import", file.toString()}, db));

    // Before any segmentation is stored: by lifecycle stage.
    var byStage =
        run(
            0,
            concat(
                new String[] {"segments", "assign", "--open-cases", "--as-of", "2026-11-29"}, db));
    long opened = number(byStage, "opened ([0-9,]+) cases");
    assertThat(opened).isGreaterThan(1000);
    assertThat(number(byStage, "segmented ([0-9,]+) debtors")).isEqualTo(opened);
    assertThat(byStage).contains("by lifecycle stage (no segmentation 'default' stored)");
    assertThat(number(byStage, ": ([0-9,]+) changes recorded")).isEqualTo(opened);

    var example = Path.of("..", "docs", "segmentations", "default.yaml").toString();
    assertThat(run(0, concat(new String[] {"segments", "store", "--file", example}, db)))
        .contains("segmentation default version 1: stored");
    assertThat(run(0, concat(new String[] {"segments", "store", "--file", example}, db)))
        .contains("segmentation default version 1: already stored");

    // The stored version decides from now on: everyone's segment changed once, then not again.
    var byRules = run(0, concat(new String[] {"segments", "assign", "--as-of", "2026-11-30"}, db));
    assertThat(byRules).contains("by segmentation default version 1");
    assertThat(number(byRules, ": ([0-9,]+) changes recorded")).isEqualTo(opened);
    assertThat(number(byRules, "  standard: ([0-9,]+)")).isGreaterThan(0);
    var again = run(0, concat(new String[] {"segments", "assign", "--as-of", "2026-12-01"}, db));
    assertThat(number(again, ": ([0-9,]+) changes recorded")).isZero();
    assertThat(number(again, "segmented ([0-9,]+) debtors")).isEqualTo(opened);

    // Clusters trained on the stored profiles: the next version, written for the manager to edit.
    var next = dir.resolve("v2.yaml");
    var clustered =
        run(
            0,
            concat(
                new String[] {
                  "segments",
                  "cluster",
                  "--k",
                  "3",
                  "--as-of",
                  "2026-12-01",
                  "--out",
                  next.toString()
                },
                db));
    assertThat(clustered)
        .contains("trained 3 clusters on " + String.format(java.util.Locale.ROOT, "%,d", opened))
        .contains("wrote segmentation default version 2 to " + next);
    long c3 = number(clustered, "  c3 +([0-9,]+) ");
    var read =
        (io.cobranza.adapters.documents.DocumentResult.Read<
                io.cobranza.domain.segment.Segmentation>)
            io.cobranza.adapters.documents.segment.SegmentationDocuments.read(next);
    var v2 = read.value();
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.clusters().groups()).hasSize(3);
    var withRule =
        new io.cobranza.domain.segment.Segmentation(
            v2.id(),
            v2.version(),
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        new io.cobranza.domain.segment.SegmentDefinition(
                            io.cobranza.domain.segment.SegmentId.of("third-cluster"),
                            "The third cluster",
                            java.util.List.of(
                                new io.cobranza.domain.segment.Condition.ClusterIn(
                                    java.util.Set.of("c3"))))),
                    v2.segments().stream())
                .toList(),
            v2.fallback(),
            v2.clusters());
    Files.writeString(
        next,
        io.cobranza.adapters.documents.segment.SegmentationDocuments.write(
            withRule, io.cobranza.adapters.documents.DocumentFormat.YAML));
    assertThat(run(0, concat(new String[] {"segments", "store", "--file", next.toString()}, db)))
        .contains("segmentation default version 2: stored");
    var byCluster =
        run(0, concat(new String[] {"segments", "assign", "--as-of", "2026-12-01"}, db));
    assertThat(byCluster).contains("by segmentation default version 2");
    // Everyone the model put in c3 is in the rule's segment, but for the vulnerable, who go to
    // people.
    long third = number(byCluster, "  third-cluster: ([0-9,]+)");
    assertThat(third).isPositive().isLessThanOrEqualTo(c3);
    // Fewer clusters than the rules name: refused, nothing written.
    var fewer = dir.resolve("v3.yaml");
    assertThat(
            run(
                ExitCodes.INVALID_INPUT,
                concat(
                    new String[] {"segments", "cluster", "--k", "2", "--out", fewer.toString()},
                    db)))
        .contains("do not fit the new clusters")
        .contains("'c3' is not one of the clusters [c1, c2]");
    assertThat(fewer).doesNotExist();

    // A changed document under a stored version, and a document with problems, store nothing.
    var changed = dir.resolve("changed.yaml");
    Files.writeString(
        changed,
        Files.readString(Path.of(example)).replace("fallback: standard", "fallback: rest"));
    assertThat(
            run(
                ExitCodes.INVALID_INPUT,
                concat(new String[] {"segments", "store", "--file", changed.toString()}, db)))
        .contains("version: segmentation default version 1 is stored with other rules")
        .contains("give the document version 3");
    var bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "id: default\nversion: 3\nfallback: standard\nsegments:\n"
            + "  - segment: x\n    when:\n      stage: [EARLIEST]\n");
    assertThat(
            run(
                ExitCodes.INVALID_INPUT,
                concat(new String[] {"segments", "store", "--file", bad.toString()}, db)))
        .contains("nothing was stored")
        .contains("segments[0].when.stage: 'EARLIEST' is not one of");
  }

  @Test
  void aBadBatchSizeOrAMissingFileIsAUsageErrorNamingIt() {
    assertThat(run(ExitCodes.USAGE, "segments", "assign", "--batch-size", "0"))
        .contains("--batch-size: between 1 and 10000, was 0");
    assertThat(
            run(
                ExitCodes.USAGE,
                "segments",
                "store",
                "--file",
                dir.resolve("none.yaml").toString()))
        .contains("--file: no such file");
    assertThat(run(ExitCodes.USAGE, "segments")).contains("say what to do");
    assertThat(run(ExitCodes.USAGE, "segments", "cluster", "--k", "1", "--out", "x.yaml"))
        .contains("--k: between 2 and 20, was 1");
    assertThat(run(ExitCodes.USAGE, "segments", "cluster", "--k", "3", "--out", "x.txt"))
        .contains("--out: file: x.txt is neither .yaml, .yml nor .json");
  }

  private static String[] concat(String[] a, String[] b) {
    var all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
