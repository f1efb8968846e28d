package io.cobranza.adapters.audio.analysis;

import io.cobranza.domain.vulnerability.VulnerabilityAssessment;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What came of analysing a call: a refusal with its reason, or the debtor's voice assessed. */
public sealed interface CallAnalysis {
  /** The recording was not analysed, and why. */
  record Refused(String reason) implements CallAnalysis, CallOpening {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The debtor's voice, analysed.
   *
   * @param voice the features of the whole of the debtor's voice
   * @param baseline those of the debtor's first minute, the reference, or null (shorter calls)
   * @param stress the acoustic stress score and its parts
   * @param assessment the vulnerability assessment
   * @param warnings what makes the figures less reliable (clipping, little speech)
   */
  record Analysed(
      VoiceFeatures voice,
      @Nullable VoiceFeatures baseline,
      StressScore.Parts stress,
      VulnerabilityAssessment assessment,
      List<String> warnings)
      implements CallAnalysis {
    public Analysed {
      warnings = List.copyOf(warnings);
    }
  }
}
