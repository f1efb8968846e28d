package io.cobranza.adapters.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.application.vulnerability.CallRecording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cobranza's F0 and voicing against Praat's on speech synthesised by espeak-ng (an English and a
 * Spanish voice; neutral, fast and high-pitched, slow and low-pitched), converted by sox to 8 kHz
 * µ-law as a telephone would carry it. Praat runs headless with the same pitch floor and ceiling
 * (60 and 600 Hz). The Debian packages espeak-ng, sox and praat are needed (.ci/run installs them;
 * without them the test is skipped, see {@link DebianPackages}).
 */
class PraatAgreementIT {
  @TempDir Path dir;

  record Rendition(String name, int wordsPerMinute, int pitch) {}

  static final List<Rendition> RENDITIONS =
      List.of(
          new Rendition("neutral", 175, 50),
          new Rendition("fast-high", 260, 85),
          new Rendition("slow-low", 120, 20));

  static final List<String[]> VOICES =
      List.of(
          new String[] {
            "en-us",
            "I am sorry, I lost my job last month and I cannot afford the payment right now. Can"
                + " we talk about it next week?"
          },
          new String[] {
            "es",
            "Lo siento, perdí mi trabajo el mes pasado y ahora no puedo pagar. ¿Podemos hablar la"
                + " semana que viene?"
          });

  static final String PRAAT_SCRIPT =
      """
      form F0
        sentence file
      endform
      sound = Read from file: file$
      pitch = To Pitch: 0.0, 60, 600
      mean = Get mean: 0, 0, "Hertz"
      frames = Get number of frames
      voiced = Count voiced frames
      writeInfoLine: fixed$(mean, 4), " ", voiced, " ", frames
      """;

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    var process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    return output;
  }

  @Test
  void meanF0IsWithinFivePercentOfPraatsAndStressedRenditionsScoreHigher() throws Exception {
    DebianPackages.require("espeak-ng", "sox", "praat");
    Files.writeString(dir.resolve("f0.praat"), PRAAT_SCRIPT);
    var report = new ArrayList<String>();
    for (var voice : VOICES) {
      double neutralStress = -1;
      double stressedStress = -1;
      for (var rendition : RENDITIONS) {
        var name = voice[0] + "-" + rendition.name();
        run(
            dir,
            "espeak-ng",
            "-v",
            voice[0],
            "-s",
            String.valueOf(rendition.wordsPerMinute()),
            "-p",
            String.valueOf(rendition.pitch()),
            "-w",
            name + ".wav",
            voice[1]);
        run(dir, "sox", name + ".wav", "-r", "8000", "-e", "u-law", "-b", "8", name + "-8k.wav");
        var praat = run(dir, "praat", "--run", "f0.praat", name + "-8k.wav").strip().split(" ");
        double praatMean = Double.parseDouble(praat[0]);
        double praatVoiced = Double.parseDouble(praat[1]) / Double.parseDouble(praat[2]);

        CallAnalysis.Analysed ours;
        try (var source = AudioSource.wav(dir.resolve(name + "-8k.wav"))) {
          ours =
              (CallAnalysis.Analysed)
                  CallAnalyzer.analyse(
                      source,
                      CallRecording.Side.MONO,
                      List.of(new CallRecording.Span(0, 3_600)),
                      true,
                      null);
        }
        report.add(
            String.format(
                java.util.Locale.ROOT,
                "%s: F0 %.2f (Praat %.2f), voiced %.3f (Praat %.3f), stress %.3f",
                name,
                ours.voice().f0MeanHz(),
                praatMean,
                ours.voice().voicedFraction(),
                praatVoiced,
                ours.stress().score()));
        assertThat(ours.voice().f0MeanHz())
            .as(name + " mean F0 against Praat's")
            .isBetween(praatMean * 0.95, praatMean * 1.05);
        assertThat(ours.voice().voicedFraction())
            .as(name + " voiced fraction against Praat's")
            .isBetween(praatVoiced - 0.1, praatVoiced + 0.1);
        if (rendition.name().equals("neutral")) {
          neutralStress = ours.stress().score();
        } else if (rendition.name().equals("fast-high")) {
          stressedStress = ours.stress().score();
        }
      }
      assertThat(stressedStress).as(voice[0] + ": " + report).isGreaterThan(neutralStress);
    }
    System.out.println(String.join(System.lineSeparator(), report));
  }
}
