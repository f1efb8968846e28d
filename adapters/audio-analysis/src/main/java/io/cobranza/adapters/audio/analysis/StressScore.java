package io.cobranza.adapters.audio.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Acoustic stress (arousal) of a voice, 0 to 1, from how its pitch, pitch range, speaking rate and
 * loudness stand against a reference: the speaker's own first minute when the call is long enough
 * (absolute pitch says little about a person), else population norms (docs/audio.md). It rises when
 * a voice goes up, widens, speeds up and gets louder; it is weak evidence on its own.
 */
public final class StressScore {
  private StressScore() {}

  /** Population norms used without a baseline: F0 120 Hz, range 6 semitones, 4.5 syllables/s. */
  static final double NORM_F0_HZ = 120;

  static final double NORM_RANGE_SEMITONES = 6;
  static final double NORM_RATE = 4.5;

  /** The parts of the score, in units of a typical difference. */
  public record Parts(double pitch, double range, double rate, double loudness, double score) {}

  /** The score of {@code voice} against {@code baseline} (null: population norms). */
  public static Parts of(VoiceFeatures voice, @Nullable VoiceFeatures baseline) {
    if (voice.voicedFraction() == 0) {
      return new Parts(0, 0, 0, 0, 0);
    }
    double f0Ref = baseline == null ? NORM_F0_HZ : baseline.f0MeanHz();
    double rangeRef = baseline == null ? NORM_RANGE_SEMITONES : baseline.f0RangeSemitones();
    double rateRef = baseline == null ? NORM_RATE : baseline.speakingRate();
    // Three semitones, three semitones of range, 1.5 syllables a second and 6 dB: one unit each.
    double pitch = 12 * Math.log(voice.f0MeanHz() / f0Ref) / Math.log(2) / 3;
    double range = (voice.f0RangeSemitones() - rangeRef) / 3;
    double rate = (voice.speakingRate() - rateRef) / 1.5;
    double loudness = baseline == null ? 0 : (voice.loudnessDb() - baseline.loudnessDb()) / 6;
    double z = 0.9 * pitch + 0.5 * range + 0.6 * rate + 0.4 * loudness - 1.0;
    return new Parts(pitch, range, rate, loudness, 1 / (1 + Math.exp(-z)));
  }
}
