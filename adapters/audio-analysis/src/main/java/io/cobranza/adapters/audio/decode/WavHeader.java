package io.cobranza.adapters.audio.decode;

import java.io.IOException;
import java.io.InputStream;

/** A WAV file's RIFF header up to its samples: the format chunk and the data chunk's length. */
record WavHeader(AudioSpec spec, long dataBytes) {
  private static final int PCM = 1;
  private static final int A_LAW = 6;
  private static final int MU_LAW = 7;
  private static final int EXTENSIBLE = 0xFFFE;

  /** The KSDATAFORMAT_SUBTYPE GUID after its first two bytes (the format tag). */
  private static final byte[] SUBTYPE_TAIL = {
    0x00,
    0x00,
    0x00,
    0x00,
    0x10,
    0x00,
    (byte) 0x80,
    0x00,
    0x00,
    (byte) 0xAA,
    0x00,
    0x38,
    (byte) 0x9B,
    0x71
  };

  /** Chunks before the data a header may hold at most (LIST, fact, cue, ...). */
  private static final int MAX_CHUNKS = 64;

  /** The largest chunk before the data that is skipped rather than refused. */
  private static final long MAX_SKIPPED = 1 << 20;

  static WavHeader read(InputStream in) throws IOException {
    var riff = bytes(in, 12, "header");
    if (!ascii(riff, 0).equals("RIFF") || !ascii(riff, 8).equals("WAVE")) {
      throw new AudioFormatException("header", "not a WAV file (no RIFF/WAVE header)");
    }
    AudioSpec spec = null;
    for (int chunk = 0; chunk < MAX_CHUNKS; chunk++) {
      var head = bytes(in, 8, "header");
      var id = ascii(head, 0);
      long size = u32(head, 4);
      if (id.equals("fmt ")) {
        if (size < 16 || size > 64) {
          throw new AudioFormatException("header", "a format chunk of " + size + " bytes");
        }
        var fmt = bytes(in, (int) size, "header");
        if ((size & 1) == 1) {
          bytes(in, 1, "header");
        }
        spec = spec(fmt);
      } else if (id.equals("data")) {
        if (spec == null) {
          throw new AudioFormatException("header", "the samples come before their format");
        }
        long max = AudioSource.MAX_SECONDS * spec.sampleRate() * spec.frameBytes();
        if (size == 0xFFFF_FFFFL) {
          // Written by a tool that did not know the length: the samples run to the stream's end.
          return new WavHeader(spec, max);
        }
        if (size > max) {
          throw new AudioFormatException(
              "data",
              "longer than "
                  + AudioSource.MAX_SECONDS / 3_600
                  + " hours ("
                  + size / ((long) spec.sampleRate() * spec.frameBytes())
                  + " s); split the recording");
        }
        return new WavHeader(spec, size);
      } else {
        if (size > MAX_SKIPPED) {
          throw new AudioFormatException(
              "header", "a '" + id.strip() + "' chunk of " + size + " bytes before the samples");
        }
        skip(in, size + (size & 1));
      }
    }
    throw new AudioFormatException("header", "no samples after " + MAX_CHUNKS + " chunks");
  }

  private static AudioSpec spec(byte[] fmt) {
    int tag = u16(fmt, 0);
    int channels = u16(fmt, 2);
    long rate = u32(fmt, 4);
    int blockAlign = u16(fmt, 12);
    int bits = u16(fmt, 14);
    if (tag == EXTENSIBLE) {
      if (fmt.length < 40 || !java.util.Arrays.equals(fmt, 26, 40, SUBTYPE_TAIL, 0, 14)) {
        throw new AudioFormatException(
            "encoding", "an extensible format whose sub-format is not a plain format tag");
      }
      tag = u16(fmt, 24); // the sub-format GUID starts with the format tag
    }
    var encoding =
        switch (tag) {
          case PCM -> {
            if (bits != 16) {
              throw new AudioFormatException(
                  "encoding", "PCM of " + bits + " bits; telephony PCM is 16-bit");
            }
            yield Encoding.PCM_16;
          }
          case MU_LAW -> Encoding.MU_LAW;
          case A_LAW -> Encoding.A_LAW;
          default ->
              throw new AudioFormatException(
                  "encoding",
                  "format tag " + tag + " is not one of 16-bit PCM (1), A-law (6), mu-law (7)");
        };
    if (encoding != Encoding.PCM_16 && bits != 8) {
      throw new AudioFormatException("encoding", encoding + " of " + bits + " bits, not 8");
    }
    if (rate > Integer.MAX_VALUE) {
      throw new AudioFormatException("sampleRate", rate + " Hz");
    }
    var spec = new AudioSpec((int) rate, channels, encoding);
    if (blockAlign != spec.frameBytes()) {
      throw new AudioFormatException(
          "header",
          "a frame of "
              + blockAlign
              + " bytes does not fit "
              + channels
              + " channel(s) of "
              + encoding
              + " ("
              + spec.frameBytes()
              + " bytes)");
    }
    return spec;
  }

  private static byte[] bytes(InputStream in, int n, String field) throws IOException {
    var b = in.readNBytes(n);
    if (b.length < n) {
      throw new AudioFormatException(field, "truncated: the file ends inside its header");
    }
    return b;
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new AudioFormatException("header", "truncated: the file ends inside its header");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static String ascii(byte[] b, int at) {
    return new String(b, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL)
        | (b[at + 1] & 0xFFL) << 8
        | (b[at + 2] & 0xFFL) << 16
        | (b[at + 3] & 0xFFL) << 24;
  }
}
