package io.cobranza.adapters.audio.analysis;

import io.cobranza.adapters.audio.pitch.Yin;
import java.util.Arrays;

/**
 * Analyses one voice fed a block at a time: every 10 ms a frame's F0 (YIN), aperiodicity, RMS and
 * peak; {@link #features} at any moment summarises what was fed so far (a running assessment during
 * a call, the whole call after it).
 */
public final class VoiceAnalyzer {
  /** The lowest and highest F0 looked for (60 Hz reaches low male voices; 600 Hz high ones). */
  public static final double FLOOR_HZ = 60;

  public static final double CEILING_HZ = 600;

  /** A frame is voiced when its aperiodicity is under this. */
  static final double VOICING = 0.35;

  /**
   * A frame next to a voiced one is voiced too when its aperiodicity is under this and its F0 is
   * within {@link #CONTINUITY} of its neighbour's (voicing hysteresis: the onsets and ends of
   * voiced stretches are less periodic, but their pitch carries on).
   */
  static final double WEAK_VOICING = 0.7;

  static final double CONTINUITY = 0.10;

  /** A frame whose peak is under this share of the loudest peak is silent (Praat's default). */
  static final double SILENCE = 0.03;

  /** The shortest pause counted. */
  static final double MIN_PAUSE_SECONDS = 0.25;

  private final int sampleRate;
  private final int hop;
  private final Yin yin;
  private final int frameLength;
  private final float[] buffer;
  private int filled;
  private final FrameTrack track = new FrameTrack();
  private final Spectrum spectrum;

  public VoiceAnalyzer(int sampleRate) {
    this.sampleRate = sampleRate;
    this.hop = sampleRate / 100;
    this.yin = new Yin(sampleRate, FLOOR_HZ, CEILING_HZ);
    this.spectrum = new Spectrum(sampleRate);
    this.frameLength = Math.max(yin.frameLength(), spectrum.size());
    this.buffer = new float[frameLength + 8_192];
  }

  /** Feeds {@code count} samples of the voice. */
  public void feed(float[] samples, int count) {
    int at = 0;
    while (at < count) {
      int n = Math.min(count - at, buffer.length - filled);
      System.arraycopy(samples, at, buffer, filled, n);
      filled += n;
      at += n;
      int start = 0;
      while (start + frameLength <= filled) {
        frame(start);
        start += hop;
      }
      // Keep what the next frames still need.
      System.arraycopy(buffer, start, buffer, 0, filled - start);
      filled -= start;
    }
  }

  private void frame(int start) {
    var estimate = yin.estimate(buffer, start);
    double sum = 0;
    double peak = 0;
    for (int i = start, end = start + frameLength; i < end; i++) {
      double v = buffer[i];
      sum += v * v;
      peak = Math.max(peak, Math.abs(v));
    }
    // The spectrum only where it is read: frames periodic enough to be voiced.
    double alpha =
        estimate.aperiodicity() < WEAK_VOICING ? spectrum.alphaRatio(buffer, start) : Double.NaN;
    track.add(
        estimate.hertz(),
        estimate.aperiodicity(),
        Math.sqrt(sum / frameLength),
        peak,
        estimate.correlation(),
        alpha);
  }

  /** What was fed so far, summarised. */
  public VoiceFeatures features() {
    return features(track, loudest());
  }

  /** Frames analysed so far (10 ms each). */
  public int frames() {
    return track.size();
  }

  /**
   * The frames from {@code fromFrame} to {@code toFrame} (exclusive) summarised, silence judged
   * against the loudest peak of all that was fed.
   */
  public VoiceFeatures features(int fromFrame, int toFrame) {
    return features(track.view(fromFrame, toFrame), loudest());
  }

  private double loudest() {
    return track.loudest();
  }

  private VoiceFeatures features(FrameTrack track, double loudest) {
    int n = track.size();
    double seconds = n / 100.0;
    if (n == 0) {
      return new VoiceFeatures(0, 0, 0, 0, 0, 0, -120, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    double silence = SILENCE * loudest;
    var active = new boolean[n];
    var isVoiced = new boolean[n];
    double levelSum = 0;
    int activeCount = 0;
    for (int i = 0; i < n; i++) {
      active[i] = loudest > 0 && track.peak(i) >= silence;
      if (active[i]) {
        levelSum += 20 * Math.log10(Math.max(1e-9, track.rms(i)));
        activeCount++;
      }
      isVoiced[i] = active[i] && track.aperiodicity(i) < VOICING && inRange(track.hertz(i));
    }
    extendVoicing(track, active, isVoiced);
    var voiced = new double[n];
    int voicedCount = 0;
    for (int i = 0; i < n; i++) {
      if (isVoiced[i]) {
        voiced[voicedCount++] = track.hertz(i);
      }
    }
    double f0Mean = 0;
    double range = 0;
    double spread = 0;
    if (voicedCount > 0) {
      var f0s = Arrays.copyOf(voiced, voicedCount);
      f0Mean = Arrays.stream(f0s).average().orElse(0);
      Arrays.sort(f0s);
      double p5 = f0s[(int) Math.floor(0.05 * (voicedCount - 1))];
      double p95 = f0s[(int) Math.ceil(0.95 * (voicedCount - 1))];
      double median = f0s[(voicedCount - 1) / 2];
      range = semitones(p95, p5);
      double squares = 0;
      for (double f0 : f0s) {
        double st = semitones(f0, median);
        squares += st * st;
      }
      spread = Math.sqrt(squares / voicedCount);
    }
    // Pauses: runs of silent frames between the first and last frame with speech.
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (active[i]) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    int pauses = 0;
    int pauseFrames = 0;
    int silentInSpeech = 0;
    if (first >= 0) {
      int run = 0;
      int minRun = (int) Math.round(MIN_PAUSE_SECONDS * 100);
      for (int i = first; i <= last + 1; i++) {
        if (i <= last && !active[i]) {
          run++;
          silentInSpeech++;
        } else {
          if (run >= minRun) {
            pauses++;
            pauseFrames += run;
          }
          run = 0;
        }
      }
    }
    double span = first < 0 ? 0 : (last - first + 1) / 100.0;
    double pauseRatio = span == 0 ? 0 : silentInSpeech / 100.0 / span;
    double speech = Math.max(0.01, span - pauseFrames / 100.0);
    return new VoiceFeatures(
        seconds,
        n,
        (double) voicedCount / n,
        f0Mean,
        range,
        spread,
        activeCount == 0 ? -120 : levelSum / activeCount,
        first < 0 ? 0 : nuclei(track, active) / speech,
        pauseRatio,
        pauses,
        pauses == 0 ? 0 : pauseFrames / 100.0 / pauses,
        perturbation(track, isVoiced, true),
        perturbation(track, isVoiced, false),
        hnr(track, isVoiced),
        alpha(track, isVoiced));
  }

  /**
   * Mean absolute change between consecutive voiced frames over the mean, in percent: of the period
   * (jitter) or of the peak amplitude (shimmer).
   */
  private double perturbation(FrameTrack track, boolean[] voiced, boolean period) {
    double changes = 0;
    double total = 0;
    int pairs = 0;
    int values = 0;
    for (int i = 0; i < voiced.length; i++) {
      if (!voiced[i]) {
        continue;
      }
      double v = period ? 1 / track.hertz(i) : track.peak(i);
      total += v;
      values++;
      if (i > 0 && voiced[i - 1]) {
        double previous = period ? 1 / track.hertz(i - 1) : track.peak(i - 1);
        changes += Math.abs(v - previous);
        pairs++;
      }
    }
    return pairs == 0 ? 0 : 100 * (changes / pairs) / (total / values);
  }

  private double hnr(FrameTrack track, boolean[] voiced) {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < voiced.length; i++) {
      if (voiced[i]) {
        double r = Math.min(0.9999, Math.max(1e-4, track.correlation(i)));
        sum += 10 * Math.log10(r / (1 - r));
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private double alpha(FrameTrack track, boolean[] voiced) {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < voiced.length; i++) {
      if (voiced[i] && !Float.isNaN(track.alpha(i))) {
        sum += track.alpha(i);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * Syllable nuclei (after de Jong and Wempe, 2009): peaks of the level of voiced speech at least 2
   * dB above the dips either side of them and above the median level of the speech.
   */
  private int nuclei(FrameTrack track, boolean[] active) {
    int n = track.size();
    var level = new double[n];
    var levels = new double[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      level[i] = 20 * Math.log10(Math.max(1e-9, track.rms(i)));
      if (active[i]) {
        levels[count++] = level[i];
      }
    }
    if (count == 0) {
      return 0;
    }
    var sorted = Arrays.copyOf(levels, count);
    Arrays.sort(sorted);
    double median = sorted[count / 2];
    int nuclei = 0;
    double dip = Double.POSITIVE_INFINITY;
    double candidate = Double.NEGATIVE_INFINITY;
    boolean rising = false;
    for (int i = 0; i < n; i++) {
      boolean voicedHere =
          active[i] && track.aperiodicity(i) < VOICING && track.hertz(i) >= FLOOR_HZ;
      double v = voicedHere ? level[i] : -120;
      if (v > candidate) {
        candidate = v;
        rising = candidate - dip >= 2;
      } else if (rising && candidate - v >= 2 && candidate >= median) {
        nuclei++;
        dip = v;
        candidate = v;
        rising = false;
      } else if (!rising) {
        dip = Math.min(dip, v);
        candidate = v;
      }
    }
    return nuclei;
  }

  private static boolean inRange(double f0) {
    return f0 >= FLOOR_HZ && f0 <= CEILING_HZ;
  }

  /** Voicing hysteresis: weakly periodic frames that carry a voiced neighbour's pitch on. */
  private void extendVoicing(FrameTrack track, boolean[] active, boolean[] voiced) {
    int n = voiced.length;
    for (int pass = 0; pass < 2; pass++) {
      boolean forward = pass == 0;
      for (int k = 1; k < n; k++) {
        int i = forward ? k : n - 1 - k;
        int neighbour = forward ? i - 1 : i + 1;
        if (!voiced[i]
            && voiced[neighbour]
            && active[i]
            && track.aperiodicity(i) < WEAK_VOICING
            && inRange(track.hertz(i))
            && Math.abs(track.hertz(i) / track.hertz(neighbour) - 1) <= CONTINUITY) {
          voiced[i] = true;
        }
      }
    }
  }

  private static double semitones(double hz, double reference) {
    return 12 * Math.log(hz / reference) / Math.log(2);
  }

  /** Samples per second of the voice. */
  public int sampleRate() {
    return sampleRate;
  }
}
