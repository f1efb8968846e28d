package io.cobranza.adapters.audio.analysis;

/**
 * The alpha ratio of a frame (eGeMAPS): the energy from 50 to 1,000 Hz over that from 1,000 Hz to
 * 5,000 Hz (or the Nyquist frequency, 4,000 Hz at 8 kHz), in dB, from a Hann-windowed radix-2 FFT.
 * A tense, loud voice puts more energy high: its ratio falls.
 */
final class Spectrum {
  private final int size;
  private final int sampleRate;
  private final double[] window;
  private final double[] re;
  private final double[] im;

  Spectrum(int sampleRate) {
    this.sampleRate = sampleRate;
    this.size = sampleRate >= 16_000 ? 512 : 256;
    this.window = new double[size];
    for (int i = 0; i < size; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (size - 1));
    }
    this.re = new double[size];
    this.im = new double[size];
  }

  /** Samples a frame needs. */
  int size() {
    return size;
  }

  /** The alpha ratio of the {@link #size()} samples from {@code from}, in dB. */
  double alphaRatio(float[] x, int from) {
    for (int i = 0; i < size; i++) {
      re[i] = x[from + i] * window[i];
      im[i] = 0;
    }
    fft();
    double low = 0;
    double high = 0;
    double binHz = (double) sampleRate / size;
    double top = Math.min(5_000, sampleRate / 2.0);
    for (int k = 1; k < size / 2; k++) {
      double hz = k * binHz;
      double power = re[k] * re[k] + im[k] * im[k];
      if (hz >= 50 && hz < 1_000) {
        low += power;
      } else if (hz >= 1_000 && hz <= top) {
        high += power;
      }
    }
    return 10 * Math.log10(Math.max(low, 1e-20) / Math.max(high, 1e-20));
  }

  /** In-place iterative radix-2 FFT of re + i·im. */
  private void fft() {
    for (int i = 1, j = 0; i < size; i++) {
      int bit = size >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int length = 2; length <= size; length <<= 1) {
      double angle = -2 * Math.PI / length;
      double wr = Math.cos(angle);
      double wi = Math.sin(angle);
      for (int start = 0; start < size; start += length) {
        double cr = 1;
        double ci = 0;
        for (int k = 0; k < length / 2; k++) {
          int a = start + k;
          int b = a + length / 2;
          double tr = re[b] * cr - im[b] * ci;
          double ti = re[b] * ci + im[b] * cr;
          re[b] = re[a] - tr;
          im[b] = im[a] - ti;
          re[a] += tr;
          im[a] += ti;
          double next = cr * wr - ci * wi;
          ci = cr * wi + ci * wr;
          cr = next;
        }
      }
    }
  }
}
