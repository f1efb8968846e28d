package io.cobranza.adapters.audio.decode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A recording read a block at a time: a WAV file (RIFF header, then PCM or G.711 samples) or a raw
 * stream whose format is told. Samples come out as floats in [-1, 1) per channel; nothing holds
 * more than one block, so a three-hour call costs no more memory than a minute.
 */
public final class AudioSource implements AutoCloseable {
  /** The longest recording read: six hours. */
  public static final long MAX_SECONDS = 6 * 3_600;

  private final InputStream in;
  private final AudioSpec spec;
  private long remainingBytes;
  private final byte[] block;

  private AudioSource(InputStream in, AudioSpec spec, long dataBytes) {
    this.in = in;
    this.spec = spec;
    this.remainingBytes = dataBytes;
    this.block = new byte[4_096 * spec.frameBytes()];
  }

  /** The recording's format. */
  public AudioSpec spec() {
    return spec;
  }

  /** Opens a WAV file. */
  public static AudioSource wav(Path file) {
    try {
      return wav(new BufferedInputStream(Files.newInputStream(file), 65_536));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a WAV stream's header; the samples follow. */
  public static AudioSource wav(InputStream in) {
    try {
      var header = WavHeader.read(in);
      return new AudioSource(in, header.spec(), header.dataBytes());
    } catch (IOException e) {
      close(in);
      throw new UncheckedIOException("cannot read the recording", e);
    } catch (RuntimeException e) {
      close(in);
      throw e;
    }
  }

  /** A raw stream of samples in {@code spec}, to its end (at most {@link #MAX_SECONDS}). */
  public static AudioSource raw(InputStream in, AudioSpec spec) {
    return new AudioSource(in, spec, MAX_SECONDS * spec.sampleRate() * spec.frameBytes());
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // already failing
    }
  }

  /**
   * Reads up to {@code out[c].length} frames into each channel's array; how many frames were read,
   * -1 at the end. A truncated last frame is dropped.
   */
  public int read(float[][] out) {
    if (out.length != spec.channels()) {
      throw new IllegalArgumentException(
          "out: one array per channel (" + spec.channels() + "), got " + out.length);
    }
    if (remainingBytes <= 0) {
      return -1;
    }
    int frameBytes = spec.frameBytes();
    int wanted =
        (int)
            Math.min(
                Math.min(out[0].length, block.length / frameBytes), remainingBytes / frameBytes);
    if (wanted <= 0) {
      remainingBytes = 0;
      return -1;
    }
    int got = readFully(wanted * frameBytes);
    int frames = got / frameBytes;
    remainingBytes = got < wanted * frameBytes ? 0 : remainingBytes - got;
    if (frames == 0) {
      return -1;
    }
    decode(block, 0, frames, spec, out, 0);
    return frames;
  }

  /**
   * Decodes {@code frames} frames of {@code spec} from {@code bytes} at {@code offset} into each
   * channel's array from {@code at}, as floats in [-1, 1).
   */
  public static void decode(
      byte[] bytes, int offset, int frames, AudioSpec spec, float[][] out, int at) {
    int frameBytes = spec.frameBytes();
    for (int f = 0; f < frames; f++) {
      for (int c = 0; c < spec.channels(); c++) {
        int i = offset + f * frameBytes + c * spec.encoding().bytes();
        int sample =
            switch (spec.encoding()) {
              case PCM_16 -> (short) ((bytes[i] & 0xFF) | (bytes[i + 1] << 8));
              case MU_LAW -> G711.mu(bytes[i]);
              case A_LAW -> G711.a(bytes[i]);
            };
        out[c][at + f] = sample / 32_768f;
      }
    }
  }

  private int readFully(int bytes) {
    int total = 0;
    try {
      while (total < bytes) {
        int n = in.read(block, total, bytes - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording's samples", e);
    }
    return total;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the recording", e);
    }
  }
}
