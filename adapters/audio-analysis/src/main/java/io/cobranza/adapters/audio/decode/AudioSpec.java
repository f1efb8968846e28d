package io.cobranza.adapters.audio.decode;

import java.util.Objects;

/**
 * What a recording is: 8 or 16 kHz telephony audio, one or two channels, PCM or G.711.
 *
 * @param sampleRate samples per second of each channel: 8,000 or 16,000
 * @param channels 1 (mono) or 2 (stereo: one side of the call per channel)
 * @param encoding how each sample is coded
 */
public record AudioSpec(int sampleRate, int channels, Encoding encoding) {
  public AudioSpec {
    Objects.requireNonNull(encoding, "encoding");
    if (sampleRate != 8_000 && sampleRate != 16_000) {
      throw new AudioFormatException(
          "sampleRate", "telephony audio is 8000 or 16000 Hz, this is " + sampleRate);
    }
    if (channels != 1 && channels != 2) {
      throw new AudioFormatException(
          "channels", "a call is mono or stereo (one side per channel), this has " + channels);
    }
  }

  /** Bytes per frame (one sample of every channel). */
  public int frameBytes() {
    return channels * encoding.bytes();
  }
}
