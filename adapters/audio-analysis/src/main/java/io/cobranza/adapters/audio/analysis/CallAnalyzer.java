package io.cobranza.adapters.audio.analysis;

import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.application.vulnerability.CallRecording;
import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityAssessment;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Analyses the debtor's side of a call, and only theirs: in stereo the channel that carries the
 * debtor (the other is the agent, whose emotions must not be inferred: EU AI Act Art. 5(1)(f)); in
 * mono only the spans a diarisation gave as the debtor's. A call is analysed only when the debtor
 * was told it may be (AI Act Art. 50(3)). The first minute is the voice's own reference when the
 * call is long enough.
 */
public final class CallAnalyzer {
  /** Calls at least this long are compared with their own first minute. */
  static final double BASELINE_AFTER_SECONDS = 120;

  /** The share of samples at full scale above which the call is said to be clipped. */
  static final double CLIPPED = 0.005;

  /** How much acoustic stress alone counts in the confidence (never enough for a flag). */
  static final double ACOUSTIC_WEIGHT = 0.4;

  private CallAnalyzer() {}

  /**
   * Analyses {@code source}: the debtor's {@code side} (or, in mono, their {@code spans}), when
   * {@code noticeGiven}; {@code transcript}, when there is one, adds what the debtor said.
   */
  public static CallAnalysis analyse(
      AudioSource source,
      CallRecording.Side side,
      List<CallRecording.Span> spans,
      boolean noticeGiven,
      @Nullable String transcript) {
    Objects.requireNonNull(source, "source");
    return switch (CallSession.open(source.spec(), side, spans, noticeGiven)) {
      case CallAnalysis.Refused refused -> refused;
      case CallSession session -> {
        var block = new float[source.spec().channels()][4_096];
        int n;
        while ((n = source.read(block)) > 0) {
          session.feed(block, n);
        }
        yield session.assessment(transcript);
      }
    };
  }

  /**
   * Confidence is the chance that at least one piece of evidence is right, each counted at its
   * weight: 1 − Π(1 − weight).
   */
  static VulnerabilityAssessment assess(List<Evidence> evidence, double stress) {
    double none = 1;
    var drivers = EnumSet.noneOf(VulnerabilityDriver.class);
    for (var e : evidence) {
      none *= 1 - e.weight();
      if (e.driver() != null) {
        drivers.add(e.driver());
      }
    }
    return new VulnerabilityAssessment(drivers, 1 - none, stress, evidence);
  }
}
