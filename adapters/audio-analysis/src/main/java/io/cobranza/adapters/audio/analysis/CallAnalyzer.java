package io.cobranza.adapters.audio.analysis;

import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityAssessment;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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

  /** Which side of the call is the debtor. */
  public enum Side {
    LEFT,
    RIGHT,
    /** A mono call, with the debtor's spans. */
    MONO
  }

  /** A stretch of a mono call in which the debtor speaks, in seconds from its start. */
  public record Span(double from, double to) {
    public Span {
      if (!(from >= 0 && to > from)) {
        throw new IllegalArgumentException("span: 0 <= from < to, was " + from + "-" + to);
      }
    }
  }

  /**
   * Analyses {@code source}: the debtor's {@code side} (or, in mono, their {@code spans}), when
   * {@code noticeGiven}; {@code transcript}, when there is one, adds what the debtor said.
   */
  public static CallAnalysis analyse(
      AudioSource source,
      Side side,
      List<Span> spans,
      boolean noticeGiven,
      @Nullable String transcript) {
    Objects.requireNonNull(source, "source");
    if (!noticeGiven) {
      return new CallAnalysis.Refused(
          "the debtor was not told that the call may be analysed (EU AI Act Art. 50(3)): nothing"
              + " was analysed");
    }
    var spec = source.spec();
    int channel;
    if (spec.channels() == 2) {
      if (side == Side.MONO) {
        return new CallAnalysis.Refused(
            "a stereo call: say which channel is the debtor's (left or right); the other is the"
                + " agent's, whose voice is never analysed");
      }
      channel = side == Side.LEFT ? 0 : 1;
    } else {
      if (spans.isEmpty()) {
        return new CallAnalysis.Refused(
            "a mono call is analysed only with diarisation saying which spans are the debtor's:"
                + " otherwise the agent's voice would be analysed too");
      }
      channel = 0;
    }
    int rate = spec.sampleRate();
    var whole = new VoiceAnalyzer(rate);
    var first = new VoiceAnalyzer(rate);
    var block = new float[spec.channels()][4_096];
    long position = 0;
    long clipped = 0;
    long fed = 0;
    long baselineEnd = 60L * rate;
    var voice = new float[4_096];
    int n;
    while ((n = source.read(block)) > 0) {
      int kept = 0;
      for (int i = 0; i < n; i++) {
        long at = position + i;
        if (spec.channels() == 1 && !inSpans(spans, (double) at / rate)) {
          continue;
        }
        float v = block[channel][i];
        if (Math.abs(v) >= 0.99f) {
          clipped++;
        }
        voice[kept++] = v;
      }
      whole.feed(voice, kept);
      if (fed < baselineEnd) {
        first.feed(voice, (int) Math.min(kept, baselineEnd - fed));
      }
      fed += kept;
      position += n;
    }
    var features = whole.features();
    var warnings = new ArrayList<String>();
    if (fed > 0 && (double) clipped / fed > CLIPPED) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "clipped: %.1f%% of the debtor's samples at full scale; loudness and voice quality"
                  + " are unreliable",
              100.0 * clipped / fed));
    }
    if (features.voicedFraction() == 0) {
      warnings.add("no voiced speech from the debtor: nothing to assess in the voice");
    }
    VoiceFeatures baseline = null;
    if (features.seconds() >= BASELINE_AFTER_SECONDS) {
      var firstMinute = first.features();
      if (firstMinute.voicedFraction() * firstMinute.seconds() >= 5) {
        baseline = firstMinute;
      }
    }
    var stress = StressScore.of(features, baseline);
    var evidence = new ArrayList<Evidence>();
    if (features.voicedFraction() > 0) {
      evidence.add(
          new Evidence(
              Evidence.Source.ACOUSTIC,
              String.format(
                  Locale.ROOT,
                  "voice stress %.2f against %s: pitch %+.1f, range %+.1f, rate %+.1f, loudness"
                      + " %+.1f (typical differences)",
                  stress.score(),
                  baseline == null ? "population norms" : "the debtor's first minute",
                  stress.pitch(),
                  stress.range(),
                  stress.rate(),
                  stress.loudness()),
              null,
              null,
              ACOUSTIC_WEIGHT * stress.score()));
    }
    if (transcript != null) {
      evidence.addAll(TranscriptCues.of(transcript));
    }
    return new CallAnalysis.Analysed(
        features, baseline, stress, assess(evidence, stress.score()), warnings);
  }

  private static boolean inSpans(List<Span> spans, double second) {
    for (var span : spans) {
      if (second >= span.from() && second < span.to()) {
        return true;
      }
    }
    return false;
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
