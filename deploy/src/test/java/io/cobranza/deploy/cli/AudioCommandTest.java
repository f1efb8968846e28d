package io.cobranza.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioCommandTest {
  @TempDir Path dir;

  /** Two seconds of stereo: a 140 Hz voice left, silence right. */
  private Path call() throws IOException {
    return io.cobranza.deploy.TestCalls.stereo(dir.resolve("call.wav"), 2, 140, false);
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
