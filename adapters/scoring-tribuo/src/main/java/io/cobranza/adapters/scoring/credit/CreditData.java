package io.cobranza.adapters.scoring.credit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The histories of one file and its SHA-256, which a model records as its training data's
 * fingerprint.
 *
 * @param file where they were read
 * @param sha256 the file's SHA-256 in hex
 * @param histories every row, in file order
 */
public record CreditData(Path file, String sha256, List<CreditHistory> histories) {
  public CreditData {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    histories = List.copyOf(histories);
  }

  /**
   * Whether each history defaulted (1) or not (0), in order.
   *
   * @throws IllegalArgumentException when a history has no label
   */
  public int[] labels() {
    var labels = new int[histories.size()];
    for (int i = 0; i < labels.length; i++) {
      var defaulted = histories.get(i).defaulted();
      if (defaulted == null) {
        throw new IllegalArgumentException(
            "line "
                + histories.get(i).line()
                + ": the label default.payment.next.month is missing");
      }
      labels[i] = defaulted;
    }
    return labels;
  }

  /** How many histories defaulted. */
  public long defaults() {
    return histories.stream().filter(h -> Integer.valueOf(1).equals(h.defaulted())).count();
  }
}
