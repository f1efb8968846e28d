package io.cobranza.adapters.audio.analysis;

import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.adapters.audio.decode.AudioSpec;
import io.cobranza.application.vulnerability.CallRecording;
import io.cobranza.domain.vulnerability.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One call's analysis as its audio arrives: {@link #feed} blocks of samples (or {@link #feedBytes}
 * chunks of a raw telephony stream) as they come, and {@link #assessment} at any moment gives the
 * running assessment — what an agent's screen shows during the call — or, at its end, the call's.
 * Only the debtor's side is kept (see {@link CallAnalyzer}).
 */
public final class CallSession implements CallOpening {
  private final AudioSpec spec;
  private final int channel;
  private final List<CallRecording.Span> spans;
  private final VoiceAnalyzer whole;
  private final VoiceAnalyzer first;
  private final long baselineEnd;
  private float[] voice = new float[4_096];
  private float[][] decoded;
  private final byte[] pending;
  private int pendingBytes;
  private long position;
  private boolean capped;
  private int spanCursor;
  private long clipped;
  private long fed;
  // Where in the call each stretch of the debtor's voice began: voice samples fed, call sample.
  private final java.util.ArrayList<long[]> stretches = new java.util.ArrayList<>();
  private boolean keeping;

  private CallSession(AudioSpec spec, int channel, List<CallRecording.Span> spans) {
    this.spec = spec;
    this.channel = channel;
    this.spans = List.copyOf(spans);
    this.whole = new VoiceAnalyzer(spec.sampleRate());
    this.first = new VoiceAnalyzer(spec.sampleRate());
    this.baselineEnd = 60L * spec.sampleRate();
    this.decoded = new float[spec.channels()][4_096];
    this.pending = new byte[spec.frameBytes()];
  }

  /**
   * Opens the analysis of a call in {@code spec}: the debtor's {@code side} (in mono, their {@code
   * spans}), when {@code noticeGiven}; otherwise the refusal, with its reason.
   */
  public static CallOpening open(
      AudioSpec spec,
      CallRecording.Side side,
      List<CallRecording.Span> spans,
      boolean noticeGiven) {
    if (!noticeGiven) {
      return new CallAnalysis.Refused(
          "the debtor was not told that the call may be analysed (EU AI Act Art. 50(3)): nothing"
              + " was analysed");
    }
    if (spec.channels() == 2) {
      if (side == CallRecording.Side.MONO) {
        return new CallAnalysis.Refused(
            "a stereo call: say which channel is the debtor's (left or right); the other is the"
                + " agent's, whose voice is never analysed");
      }
      return new CallSession(spec, side == CallRecording.Side.LEFT ? 0 : 1, List.of());
    }
    if (spans.isEmpty()) {
      return new CallAnalysis.Refused(
          "a mono call is analysed only with diarisation saying which spans are the debtor's:"
              + " otherwise the agent's voice would be analysed too");
    }
    var sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingDouble(CallRecording.Span::from));
    return new CallSession(spec, 0, sorted);
  }

  /** Whether a second of the call is in the debtor's spans: positions only move forward. */
  private boolean inSpans(double second) {
    while (spanCursor < spans.size() && spans.get(spanCursor).to() <= second) {
      spanCursor++;
    }
    for (int i = spanCursor; i < spans.size() && spans.get(i).from() <= second; i++) {
      if (second < spans.get(i).to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sample this close to full scale counts as clipped: G.711's largest codes are 0.980 (µ-law)
   * and 0.984 (A-law) of it, 16-bit PCM's 1.
   */
  static final float CLIPPED_LEVEL = 0.97f;

  /** Feeds {@code frames} frames of every channel (one array per channel). */
  public void feed(float[][] block, int frames) {
    if (position >= (long) AudioSource.MAX_SECONDS * spec.sampleRate()) {
      capped = true;
      return;
    }
    if (voice.length < frames) {
      voice = new float[frames];
    }
    int rate = spec.sampleRate();
    int kept = 0;
    for (int i = 0; i < frames; i++) {
      long at = position + i;
      if (spec.channels() == 1 && !inSpans((double) at / rate)) {
        keeping = false;
        continue;
      }
      if (!keeping) {
        stretches.add(new long[] {fed + kept, at});
        keeping = true;
      }
      float v = block[channel][i];
      if (Math.abs(v) >= CLIPPED_LEVEL) {
        clipped++;
      }
      voice[kept++] = v;
    }
    whole.feed(voice, kept);
    if (fed < baselineEnd) {
      first.feed(voice, (int) Math.min(kept, baselineEnd - fed));
    }
    fed += kept;
    position += frames;
  }

  /**
   * Feeds a chunk of a raw stream in the session's format, as it arrives: a frame split between two
   * chunks is kept until its rest comes.
   */
  public void feedBytes(byte[] chunk, int length) {
    int frameBytes = spec.frameBytes();
    int at = 0;
    if (pendingBytes > 0) {
      int n = Math.min(frameBytes - pendingBytes, length);
      System.arraycopy(chunk, 0, pending, pendingBytes, n);
      pendingBytes += n;
      at = n;
      if (pendingBytes < frameBytes) {
        return;
      }
      AudioSource.decode(pending, 0, 1, spec, decoded, 0);
      feed(decoded, 1);
      pendingBytes = 0;
    }
    int frames = (length - at) / frameBytes;
    if (decoded[0].length < frames) {
      decoded = new float[spec.channels()][frames];
    }
    AudioSource.decode(chunk, at, frames, spec, decoded, 0);
    feed(decoded, frames);
    int rest = length - at - frames * frameBytes;
    System.arraycopy(chunk, length - rest, pending, 0, rest);
    pendingBytes = rest;
  }

  /** Windows of the debtor's voice compared for the most strained one: 30 s, 15 s apart. */
  static final int WINDOW_FRAMES = 3_000;

  static final int WINDOW_HOP_FRAMES = 1_500;

  /**
   * In a call with at least a minute of the debtor's voice, the 30 s in which it was most strained,
   * as evidence with its offset into the call; else null (the whole voice is the evidence).
   */
  private @Nullable Evidence mostStrained(@Nullable VoiceFeatures baseline) {
    int frames = whole.frames();
    if (frames < 2 * WINDOW_FRAMES) {
      return null;
    }
    StressScore.Parts worst = null;
    int worstFrom = 0;
    for (int from = 0; from + WINDOW_FRAMES <= frames; from += WINDOW_HOP_FRAMES) {
      var window = whole.features(from, from + WINDOW_FRAMES);
      if (window.voicedFraction() == 0) {
        continue;
      }
      var stress = StressScore.of(window, baseline);
      if (worst == null || stress.score() > worst.score()) {
        worst = stress;
        worstFrom = from;
      }
    }
    if (worst == null) {
      return null;
    }
    var at = callTime(worstFrom);
    return new Evidence(
        Evidence.Source.ACOUSTIC,
        String.format(
            Locale.ROOT,
            "voice most strained in the 30 s from %d:%02d: stress %.2f against %s (pitch %+.1f,"
                + " range %+.1f, rate %+.1f, loudness %+.1f typical differences)",
            at.toMinutes(),
            at.toSecondsPart(),
            worst.score(),
            baseline == null ? "population norms" : "the debtor's first minute",
            worst.pitch(),
            worst.range(),
            worst.rate(),
            worst.loudness()),
        at,
        null,
        CallAnalyzer.ACOUSTIC_WEIGHT * worst.score());
  }

  /** When in the call the debtor's voice frame {@code frame} began. */
  private java.time.Duration callTime(int frame) {
    long voiceSample = (long) frame * (spec.sampleRate() / 100);
    long callSample = voiceSample;
    for (var stretch : stretches) {
      if (stretch[0] <= voiceSample) {
        callSample = stretch[1] + (voiceSample - stretch[0]);
      }
    }
    return java.time.Duration.ofMillis(callSample * 1000 / spec.sampleRate());
  }

  /** The assessment of what was fed so far, with {@code transcript} (so far), if any. */
  public CallAnalysis.Analysed assessment(@Nullable String transcript) {
    var features = whole.features();
    var warnings = new ArrayList<String>();
    if (fed > 0 && (double) clipped / fed > CallAnalyzer.CLIPPED) {
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
    if (capped) {
      warnings.add(
          "longer than "
              + AudioSource.MAX_SECONDS / 3_600
              + " hours: what came after was not analysed");
    }
    VoiceFeatures baseline = null;
    if (features.seconds() >= CallAnalyzer.BASELINE_AFTER_SECONDS) {
      var firstMinute = first.features();
      if (firstMinute.voicedFraction() * firstMinute.seconds() >= 5) {
        baseline = firstMinute;
      }
    }
    var stress = StressScore.of(features, baseline);
    var evidence = new ArrayList<Evidence>();
    var strained = mostStrained(baseline);
    if (strained != null) {
      evidence.add(strained);
    } else if (features.voicedFraction() > 0) {
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
              CallAnalyzer.ACOUSTIC_WEIGHT * stress.score()));
    }
    if (transcript != null) {
      evidence.addAll(TranscriptCues.of(transcript));
      if (!TranscriptCues.labelled(transcript)) {
        warnings.add(
            "the transcript does not say who speaks: the agent's words count as the debtor's");
      }
    }
    return new CallAnalysis.Analysed(
        features, baseline, stress, CallAnalyzer.assess(evidence, stress.score()), warnings);
  }
}
