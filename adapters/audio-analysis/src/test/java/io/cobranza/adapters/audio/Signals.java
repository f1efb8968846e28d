package io.cobranza.adapters.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.IntToDoubleFunction;

/** Synthetic telephony recordings for tests: voiced tones, silence, WAV bytes. */
public final class Signals {
  private Signals() {}

  /** A vowel-like tone at {@code hz}: five harmonics falling 6 dB each, at {@code amplitude}. */
  public static IntToDoubleFunction voice(double hz, int sampleRate, double amplitude) {
    return i -> {
      double t = (double) i / sampleRate;
      double v = 0;
      for (int h = 1; h <= 5; h++) {
        v += Math.sin(2 * Math.PI * hz * h * t) / (1 << (h - 1));
      }
      return amplitude * v / 1.94;
    };
  }

  /** 16-bit PCM WAV bytes of {@code seconds} of each channel's signal. */
  public static byte[] wav16(int sampleRate, double seconds, IntToDoubleFunction... channels) {
    int frames = (int) Math.round(seconds * sampleRate);
    var data = ByteBuffer.allocate(frames * channels.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      for (var channel : channels) {
        double v = Math.max(-1, Math.min(1, channel.applyAsDouble(i)));
        data.putShort((short) Math.round(v * 32_767));
      }
    }
    return wav(1, 16, sampleRate, channels.length, data.array(), data.capacity());
  }

  /** A WAV file: RIFF header with a format chunk ({@code tag}, {@code bits}) and the data. */
  public static byte[] wav(
      int tag, int bits, int sampleRate, int channels, byte[] data, long declaredDataBytes) {
    var out = new ByteArrayOutputStream();
    var header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes()).putInt((int) (36 + declaredDataBytes)).put("WAVE".getBytes());
    header.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels);
    header.putInt(sampleRate).putInt(sampleRate * channels * bits / 8);
    header.putShort((short) (channels * bits / 8)).putShort((short) bits);
    header.put("data".getBytes()).putInt((int) declaredDataBytes);
    out.writeBytes(header.array());
    out.writeBytes(data);
    return out.toByteArray();
  }
}
