package io.cobranza.adapters.audio.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.adapters.audio.Signals;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudioSourceTest {
  private static AudioSource wav(byte[] bytes) {
    return AudioSource.wav(new ByteArrayInputStream(bytes));
  }

  @Test
  void g711BytesExpandAsTheStandardSays() {
    assertThat(G711.mu((byte) 0xFF)).isZero();
    assertThat(G711.mu((byte) 0x00)).isEqualTo((short) -32_124);
    assertThat(G711.mu((byte) 0x80)).isEqualTo((short) 32_124);
    assertThat(G711.a((byte) 0xD5)).isEqualTo((short) 8);
    assertThat(G711.a((byte) 0x55)).isEqualTo((short) -8);
    assertThat(G711.a((byte) 0xAA)).isEqualTo((short) 32_256);
  }

  @Test
  void aStereoPcmFileIsReadChannelByChannelInBlocks() {
    var bytes = Signals.wav16(8_000, 1.0, i -> 0.5, i -> -0.25);
    try (var source = wav(bytes)) {
      assertThat(source.spec()).isEqualTo(new AudioSpec(8_000, 2, Encoding.PCM_16));
      var block = new float[2][3_000];
      int total = 0;
      int n;
      while ((n = source.read(block)) > 0) {
        assertThat(block[0][n - 1]).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(block[1][n - 1]).isCloseTo(-0.25f, org.assertj.core.data.Offset.offset(1e-4f));
        total += n;
      }
      assertThat(total).isEqualTo(8_000);
    }
  }

  @Test
  void muLawAndALawFilesAndARawStreamDecode() {
    var ulaw = new byte[800];
    Arrays.fill(ulaw, (byte) 0x80);
    try (var source = wav(Signals.wav(7, 8, 8_000, 1, ulaw, ulaw.length))) {
      var block = new float[1][1_000];
      assertThat(source.read(block)).isEqualTo(800);
      assertThat(block[0][0])
          .isCloseTo(32_124 / 32_768f, org.assertj.core.data.Offset.offset(1e-6f));
    }
    var alaw = new byte[160];
    Arrays.fill(alaw, (byte) 0xD5);
    try (var source = wav(Signals.wav(6, 8, 16_000, 1, alaw, alaw.length))) {
      assertThat(source.spec().encoding()).isEqualTo(Encoding.A_LAW);
      var block = new float[1][1_000];
      assertThat(source.read(block)).isEqualTo(160);
    }
    try (var source =
        AudioSource.raw(new ByteArrayInputStream(ulaw), new AudioSpec(8_000, 1, Encoding.MU_LAW))) {
      var block = new float[1][500];
      assertThat(source.read(block)).isEqualTo(500);
      assertThat(source.read(block)).isEqualTo(300);
      assertThat(source.read(block)).isEqualTo(-1);
    }
  }

  @Test
  void badInputIsAClearErrorNamingWhatIsWrong() {
    var good = Signals.wav16(8_000, 0.1, i -> 0);
    assertThatThrownBy(() -> wav(Arrays.copyOf(good, 30)))
        .isInstanceOf(AudioFormatException.class)
        .hasMessage("header: truncated: the file ends inside its header");
    assertThatThrownBy(() -> wav("this is not audio at all, sorry".getBytes()))
        .hasMessage("header: not a WAV file (no RIFF/WAVE header)");
    assertThatThrownBy(() -> wav(Signals.wav(3, 32, 8_000, 1, new byte[8], 8)))
        .hasMessage("encoding: format tag 3 is not one of 16-bit PCM (1), A-law (6), mu-law (7)");
    assertThatThrownBy(() -> wav(Signals.wav(1, 8, 8_000, 1, new byte[8], 8)))
        .hasMessage("encoding: PCM of 8 bits; telephony PCM is 16-bit");
    assertThatThrownBy(() -> wav(Signals.wav(1, 16, 44_100, 1, new byte[8], 8)))
        .hasMessage("sampleRate: telephony audio is 8000 or 16000 Hz, this is 44100");
    assertThatThrownBy(() -> wav(Signals.wav(1, 16, 8_000, 6, new byte[12], 12)))
        .hasMessage("channels: a call is mono or stereo (one side per channel), this has 6");
    // Seven hours declared: refused before a sample is read.
    assertThatThrownBy(() -> wav(Signals.wav(7, 8, 8_000, 1, new byte[0], 7L * 3_600 * 8_000)))
        .hasMessage("data: longer than 6 hours (25200 s); split the recording");
  }

  @Test
  void anUnknownLengthReadsToTheEndAndAFrameThatDoesNotFitIsRefused() {
    var samples = new byte[1_000];
    try (var source = wav(Signals.wav(7, 8, 8_000, 1, samples, 0xFFFF_FFFFL))) {
      var block = new float[1][4_096];
      assertThat(source.read(block)).isEqualTo(1_000);
      assertThat(source.read(block)).isEqualTo(-1);
    }
    var wrongAlign = Signals.wav(1, 16, 8_000, 2, new byte[8], 8);
    wrongAlign[32] = 2; // blockAlign: 2 bytes for two 16-bit channels
    assertThatThrownBy(() -> wav(wrongAlign))
        .hasMessage("header: a frame of 2 bytes does not fit 2 channel(s) of PCM_16 (4 bytes)");
  }

  @Test
  void anExtensibleFormatIsReadByItsSubFormat() {
    var fmt = java.nio.ByteBuffer.allocate(40).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    fmt.putShort((short) 0xFFFE).putShort((short) 1).putInt(8_000).putInt(8_000);
    fmt.putShort((short) 1).putShort((short) 8).putShort((short) 22).putShort((short) 8);
    fmt.putInt(0x4); // channel mask
    fmt.putShort((short) 7); // mu-law
    fmt.put(
        new byte[] {
          0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71
        });
    var data = new byte[80];
    var file =
        java.nio.ByteBuffer.allocate(12 + 8 + 40 + 8 + 80).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    file.put("RIFF".getBytes()).putInt(4 + 8 + 40 + 8 + 80).put("WAVE".getBytes());
    file.put("fmt ".getBytes()).putInt(40).put(fmt.array());
    file.put("data".getBytes()).putInt(80).put(data);
    try (var source = wav(file.array())) {
      assertThat(source.spec()).isEqualTo(new AudioSpec(8_000, 1, Encoding.MU_LAW));
    }
  }

  @Test
  void aFileShorterThanItsHeaderSaysEndsWhereItEndsWithoutAllocatingWhatItClaims() {
    // Three hours declared, a tenth of a second present: read in blocks, it ends at its end.
    var data = new byte[1_600];
    try (var source = wav(Signals.wav(1, 16, 8_000, 1, data, 3L * 3_600 * 16_000))) {
      var block = new float[1][4_096];
      int total = 0;
      int n;
      while ((n = source.read(block)) > 0) {
        total += n;
      }
      assertThat(total).isEqualTo(800);
    }
  }
}
