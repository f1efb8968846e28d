package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditData;
import io.cobranza.adapters.scoring.credit.CreditHistory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Random;

/** Made-up credit histories whose defaults follow a known rule, for fast training tests. */
final class SyntheticCredit {
  private SyntheticCredit() {}

  /**
   * {@code rows} histories: the later the newest statement and the fewer months paid in full, the
   * likelier the default; the protected attributes are noise.
   */
  static CreditData data(int rows, long seed) {
    var random = new Random(seed);
    var histories = new ArrayList<CreditHistory>(rows);
    for (int i = 0; i < rows; i++) {
      var status = new int[6];
      var balances = new double[6];
      var paid = new double[6];
      double limit = 10_000 * (1 + random.nextInt(50));
      for (int m = 0; m < 6; m++) {
        status[m] = random.nextInt(10) < 6 ? -1 + random.nextInt(2) : 1 + random.nextInt(3);
        balances[m] = limit * random.nextDouble();
        paid[m] = status[m] > 0 ? 0 : balances[m] * random.nextDouble() * 0.5;
      }
      double logit = -2.0 + 1.1 * status[0] + 0.4 * status[1] - 0.5 * (paid[0] > 0 ? 1 : 0);
      int defaulted = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
      histories.add(
          new CreditHistory(
              i + 2,
              "S-" + i,
              limit,
              status,
              balances,
              paid,
              defaulted,
              Map.of(
                  "SEX",
                  String.valueOf(1 + random.nextInt(2)),
                  "EDUCATION",
                  String.valueOf(1 + random.nextInt(4)),
                  "MARRIAGE",
                  String.valueOf(1 + random.nextInt(3)),
                  "AGE",
                  String.valueOf(21 + random.nextInt(50)))));
    }
    return new CreditData(Path.of("synthetic.csv"), "0".repeat(64), histories);
  }
}
