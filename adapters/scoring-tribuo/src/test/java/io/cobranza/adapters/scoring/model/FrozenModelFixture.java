package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditData;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import io.cobranza.adapters.scoring.credit.UciCreditFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the frozen model fixtures of {@link FrozenModelTest}: run once, by hand, when the model
 * file format changes on purpose, never to make that test pass after an accidental change.
 *
 * <pre>
 * java -cp ... io.cobranza.adapters.scoring.model.FrozenModelFixture \
 *     ../shared/data/uci-credit-default/train.csv adapters/scoring-tribuo/src/test/resources/frozen-model
 * </pre>
 *
 * Trains a logistic regression, 50 gradient-boosted trees and their blend on the first 3,000 rows,
 * and writes each model with the scores it gives the 50 rows of {@code rows.csv} (the next 50 of
 * the file).
 */
public final class FrozenModelFixture {
  private FrozenModelFixture() {}

  public static void main(String[] args) throws IOException {
    var source = Path.of(args[0]);
    var target = Path.of(args[1]);
    Files.createDirectories(target);
    var lines = Files.readAllLines(source);
    var training = target.resolve("training.csv.tmp");
    Files.write(training, lines.subList(0, 3_001));
    var rows = target.resolve("rows.csv");
    var sample = new ArrayList<String>();
    sample.add(lines.getFirst());
    sample.addAll(lines.subList(3_001, 3_051));
    Files.write(rows, sample);
    var data = UciCreditFile.read(training);
    data =
        new CreditData(
            Path.of("uci-credit-default-train-first-3000.csv"), data.sha256(), data.histories());
    Files.delete(training);
    var scored = UciCreditFile.read(rows);
    var trees = Candidate.gradientBoostedTrees(50, 1);
    for (var candidates :
        List.of(
            List.of(Candidate.logisticRegression()),
            List.of(trees),
            List.of(trees, Candidate.logisticRegression()))) {
      // A margin of -1 takes the blend whatever its AUC: the fixture freezes each kind of model.
      var result =
          RiskModelTraining.train(
              data,
              StatementFeatures.standard(),
              new RiskModelTraining.Options(3, 7, candidates, -1),
              Instant.parse("2026-11-29T00:00:00Z"),
              System.out::println);
      var directory = target.resolve(result.model().manifest().algorithm());
      ModelFiles.save(result, directory);
      var probabilities = result.model().probabilities(scored.histories());
      var expected = new StringBuilder("id,probability\n");
      for (int i = 0; i < probabilities.length; i++) {
        expected.append(
            String.format(
                Locale.ROOT, "%s,%.17g%n", scored.histories().get(i).id(), probabilities[i]));
      }
      Files.writeString(directory.resolve("expected.csv"), expected);
    }
  }
}
