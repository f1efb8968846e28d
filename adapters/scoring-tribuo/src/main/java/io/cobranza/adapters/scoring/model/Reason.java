package io.cobranza.adapters.scoring.model;

import java.util.Objects;

/**
 * One feature that moved a score, in words: how far the probability of default would move if this
 * feature were at its typical value.
 *
 * @param feature the feature's name
 * @param text the sentence a manager reads, such as "months paid late of the last six is 3 (typical
 *     0): raises the risk by 18 points"
 * @param effect the change in probability of default this feature makes, from −1 to 1
 */
public record Reason(String feature, String text, double effect) {
  public Reason {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(text, "text");
  }
}
