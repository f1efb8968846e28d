package io.cobranza.adapters.audio.analysis;

import java.util.Arrays;

/**
 * What each 10 ms frame of a voice held: its fundamental frequency estimate, aperiodicity, RMS,
 * peak amplitude, autocorrelation at the period and alpha ratio. 24 bytes a frame: six hours of a
 * call (the most read) is 52 MB, up to twice that while the arrays grow.
 */
final class FrameTrack {
  private float[] hertz = new float[1_024];
  private float[] aperiodicity = new float[1_024];
  private float[] rms = new float[1_024];
  private float[] peak = new float[1_024];
  private float[] correlation = new float[1_024];
  private float[] alpha = new float[1_024];
  private int size;
  private int offset;
  private double loudest;

  void add(
      double f0,
      double aperiodic,
      double frameRms,
      double framePeak,
      double frameCorrelation,
      double alphaRatio) {
    if (size == hertz.length) {
      int grown = size * 2;
      hertz = Arrays.copyOf(hertz, grown);
      aperiodicity = Arrays.copyOf(aperiodicity, grown);
      rms = Arrays.copyOf(rms, grown);
      peak = Arrays.copyOf(peak, grown);
      correlation = Arrays.copyOf(correlation, grown);
      alpha = Arrays.copyOf(alpha, grown);
    }
    hertz[size] = (float) f0;
    aperiodicity[size] = (float) aperiodic;
    rms[size] = (float) frameRms;
    peak[size] = (float) framePeak;
    loudest = Math.max(loudest, framePeak);
    correlation[size] = (float) frameCorrelation;
    alpha[size] = (float) alphaRatio;
    size++;
  }

  float correlation(int i) {
    return correlation[offset + i];
  }

  float alpha(int i) {
    return alpha[offset + i];
  }

  int size() {
    return size;
  }

  /** The loudest peak of every frame added (of the whole track, for a view too). */
  double loudest() {
    return loudest;
  }

  /** Frames {@code from} to {@code to} (exclusive), sharing the arrays: read it at once. */
  FrameTrack view(int from, int to) {
    if (from < 0 || to > size || from > to) {
      throw new IllegalArgumentException("frames " + from + " to " + to + " of " + size);
    }
    var view = new FrameTrack();
    view.hertz = hertz;
    view.aperiodicity = aperiodicity;
    view.rms = rms;
    view.peak = peak;
    view.correlation = correlation;
    view.alpha = alpha;
    view.offset = offset + from;
    view.loudest = loudest;
    view.size = to - from;
    return view;
  }

  float hertz(int i) {
    return hertz[offset + i];
  }

  float aperiodicity(int i) {
    return aperiodicity[offset + i];
  }

  float rms(int i) {
    return rms[offset + i];
  }

  float peak(int i) {
    return peak[offset + i];
  }
}
