package io.cobranza.deploy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Call recordings for the command line's and the platform's tests. */
public final class TestCalls {
  private TestCalls() {}

  /**
   * A stereo 16-bit PCM WAV at 8 kHz of {@code seconds}: a voice at {@code hz} on the debtor's side
   * ({@code debtorRight}: the right channel, else the left), silence on the other.
   */
  public static Path stereo(Path file, double seconds, double hz, boolean debtorRight)
      throws IOException {
    int frames = (int) Math.round(seconds * 8_000);
    var b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2);
    b.putInt(8_000).putInt(32_000).putShort((short) 4).putShort((short) 16);
    b.put("data".getBytes()).putInt(frames * 4);
    for (int i = 0; i < frames; i++) {
      double v = 0;
      for (int h = 1; h <= 4; h++) {
        v += Math.sin(2 * Math.PI * hz * h * i / 8_000.0) / h;
      }
      short voice = (short) Math.round(v * 6_000);
      b.putShort(debtorRight ? 0 : voice).putShort(debtorRight ? voice : 0);
    }
    Files.write(file, b.array());
    return file;
  }
}
