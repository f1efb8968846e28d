package io.cobranza.adapters.audio.analysis;

import java.util.Arrays;

/**
 * What each 10 ms frame of a voice held: its fundamental frequency estimate, aperiodicity, RMS and
 * peak amplitude. Twelve bytes a frame: six hours of a call is 26 MB at most.
 */
final class FrameTrack {
  private float[] hertz = new float[1_024];
  private float[] aperiodicity = new float[1_024];
  private float[] rms = new float[1_024];
  private float[] peak = new float[1_024];
  private int size;

  void add(double f0, double aperiodic, double frameRms, double framePeak) {
    if (size == hertz.length) {
      int grown = size * 2;
      hertz = Arrays.copyOf(hertz, grown);
      aperiodicity = Arrays.copyOf(aperiodicity, grown);
      rms = Arrays.copyOf(rms, grown);
      peak = Arrays.copyOf(peak, grown);
    }
    hertz[size] = (float) f0;
    aperiodicity[size] = (float) aperiodic;
    rms[size] = (float) frameRms;
    peak[size] = (float) framePeak;
    size++;
  }

  int size() {
    return size;
  }

  float hertz(int i) {
    return hertz[i];
  }

  float aperiodicity(int i) {
    return aperiodicity[i];
  }

  float rms(int i) {
    return rms[i];
  }

  float peak(int i) {
    return peak[i];
  }
}
