package io.cobranza.archfixture.adapters.alpha;

/** An adapter other than scoring that handles a Tribuo model: forbidden. */
public class ModelPeekingAdapter {
  /** Breaks only-scoring-sees-tribuo. */
  public String describe(org.tribuo.Model<?> model) {
    return model.getProvenance().toString();
  }
}
