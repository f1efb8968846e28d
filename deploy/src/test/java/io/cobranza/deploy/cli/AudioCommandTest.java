package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioCommandTest {
  @TempDir Path dir;

  /** Two seconds of stereo 16-bit PCM at 8 kHz: a 140 Hz voice left, silence right. */
  private Path call() throws IOException {
    int frames = 16_000;
    var b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2);
    b.putInt(8_000).putInt(32_000).putShort((short) 4).putShort((short) 16);
    b.put("data".getBytes()).putInt(frames * 4);
    for (int i = 0; i < frames; i++) {
      double t = i / 8_000.0;
      double v = 0;
      for (int h = 1; h <= 4; h++) {
        v += Math.sin(2 * Math.PI * 140 * h * t) / h;
      }
      b.putShort((short) Math.round(v * 6_000)).putShort((short) 0);
    }
    var file = dir.resolve("call.wav");
    Files.write(file, b.array());
    return file;
  }

  @Test
  void theDebtorsChannelIsAnalysedIntoOneJsonObject() throws IOException {
    var transcript = dir.resolve("call.txt");
    Files.writeString(transcript, "[00:01] My mother passed away and I cannot afford it.\n");

    var out =
        CliRuns.run(
            ExitCodes.OK,
            "audio",
            "analyze",
            call().toString(),
            "--channel",
            "left",
            "--transcript",
            transcript.toString());

    assertThat(out)
        .contains("\"f0MeanHz\" : 14")
        .contains("\"voicedFraction\"")
        .contains("\"f0RangeSemitones\"")
        .contains("\"speakingRate\"")
        .contains("\"pauseRatio\"")
        .contains("\"stressScore\"")
        .contains("\"drivers\" : [ \"LIFE_EVENT\", \"RESILIENCE\" ]")
        .contains("\"atSeconds\" : 1.0");
  }

  @Test
  void aRecordingThatCannotBeAnalysedSaysWhy() throws IOException {
    assertThat(CliRuns.run(ExitCodes.INVALID_INPUT, "audio", "analyze", call().toString()))
        .contains("\"refused\" : \"a stereo call: say which channel is the debtor's");
    var notAudio = dir.resolve("notes.wav");
    Files.writeString(notAudio, "meeting notes, not a recording");
    assertThat(CliRuns.run(ExitCodes.INVALID_INPUT, "audio", "analyze", notAudio.toString()))
        .contains("header: not a WAV file (no RIFF/WAVE header)");
    assertThat(
            CliRuns.run(
                ExitCodes.USAGE, "audio", "analyze", call().toString(), "--channel", "middle"))
        .contains("--channel: 'middle' is not left or right");
  }
}
