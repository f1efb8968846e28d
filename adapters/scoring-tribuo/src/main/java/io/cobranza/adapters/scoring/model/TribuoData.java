package io.cobranza.adapters.scoring.model;

import io.cobranza.adapters.scoring.credit.CreditHistory;
import io.cobranza.adapters.scoring.credit.StatementFeatures;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Credit histories as Tribuo examples and datasets; probabilities of default out of models. */
final class TribuoData {
  static final LabelFactory LABELS = new LabelFactory();
  static final Label DEFAULTED = new Label("1");
  static final Label PAID = new Label("0");

  private TribuoData() {}

  static Example<Label> example(StatementFeatures features, CreditHistory history) {
    var label = history.defaulted() == null ? LabelFactory.UNKNOWN_LABEL : label(history);
    return new ArrayExample<>(label, features.names(), features.values(history));
  }

  static Example<Label> example(String[] names, double[] values) {
    return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values);
  }

  static Label label(CreditHistory history) {
    return Integer.valueOf(1).equals(history.defaulted()) ? DEFAULTED : PAID;
  }

  static MutableDataset<Label> dataset(String description, List<Example<Label>> examples) {
    var dataset =
        new MutableDataset<Label>(new SimpleDataSourceProvenance(description, LABELS), LABELS);
    dataset.addAll(examples);
    return dataset;
  }

  /** The model's probability of default of each example, in order. */
  static double[] probabilities(Model<Label> model, List<Example<Label>> examples) {
    var predictions = model.predict(examples);
    var result = new double[predictions.size()];
    for (int i = 0; i < result.length; i++) {
      var score = predictions.get(i).getOutputScores().get(DEFAULTED.getLabel());
      result[i] = score == null ? 0 : score.getScore();
    }
    return result;
  }

  static List<Example<Label>> examples(StatementFeatures features, List<CreditHistory> histories) {
    var examples = new ArrayList<Example<Label>>(histories.size());
    for (var history : histories) {
      examples.add(example(features, history));
    }
    return examples;
  }
}
