package io.cobranza.adapters.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.adapters.audio.Signals;
import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.adapters.audio.pitch.Yin;
import io.cobranza.application.vulnerability.CallRecording;
import io.cobranza.domain.vulnerability.Evidence;
import io.cobranza.domain.vulnerability.VulnerabilityDriver;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallAnalyzerTest {
  private static AudioSource wav(byte[] bytes) {
    return AudioSource.wav(new ByteArrayInputStream(bytes));
  }

  @Test
  void yinFindsTheFundamentalOfAHarmonicToneAt8And16Kilohertz() {
    for (int rate : new int[] {8_000, 16_000}) {
      for (double hz : new double[] {70, 110, 180, 320}) {
        var yin = new Yin(rate, 60, 600);
        var x = new float[yin.frameLength()];
        var voice = Signals.voice(hz, rate, 0.5);
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) voice.applyAsDouble(i);
        }
        var estimate = yin.estimate(x, 0);
        assertThat(estimate.hertz()).as(hz + " Hz at " + rate).isCloseTo(hz, within(hz * 0.01));
        assertThat(estimate.aperiodicity()).isLessThan(0.05);
      }
    }
  }

  private static VoiceFeatures voiceOf(java.util.function.IntToDoubleFunction signal) {
    var bytes = Signals.wav16(8_000, 2, signal, i -> 0);
    return ((CallAnalysis.Analysed)
            CallAnalyzer.analyse(wav(bytes), CallRecording.Side.LEFT, List.of(), true, null))
        .voice();
  }

  @Test
  void voiceQualityMovesTheWayItShould() {
    var steady = voiceOf(Signals.voice(130, 8_000, 0.4));
    var noise = new java.util.SplittableRandom(5);
    var tone = Signals.voice(130, 8_000, 0.4);
    var noisy = voiceOf(i -> tone.applyAsDouble(i) + 0.15 * (noise.nextDouble() - 0.5));
    // A tone whose pitch wobbles frame to frame, and one whose loudness does.
    // F0 = 130·(1 + 0.03·sin(2π·9·t)): the phase is its integral.
    var wobbly =
        voiceOf(i -> {
          double t = i / 8_000.0;
          return 0.4
              * Math.sin(2 * Math.PI * 130 * t - 130 * 0.03 / 9 * Math.cos(2 * Math.PI * 9 * t));
        });
    var trembling =
        voiceOf(i -> tone.applyAsDouble(i) * (1 + 0.3 * Math.sin(2 * Math.PI * 11 * i / 8_000.0)));
    // A bright voice (strong harmonics above 1 kHz) against a dull one.
    var bright =
        voiceOf(i -> {
          double v = 0;
          for (int h = 1; h <= 20; h++) {
            v += Math.sin(2 * Math.PI * 130 * h * i / 8_000.0);
          }
          return 0.04 * v;
        });

    assertThat(steady.jitterPercent()).isLessThan(0.5);
    assertThat(steady.shimmerPercent()).isLessThan(2);
    assertThat(steady.hnrDb()).isGreaterThan(20);
    assertThat(noisy.hnrDb()).isLessThan(steady.hnrDb() - 5);
    assertThat(wobbly.jitterPercent()).isGreaterThan(steady.jitterPercent() + 0.5);
    assertThat(trembling.shimmerPercent()).isGreaterThan(steady.shimmerPercent() + 5);
    assertThat(bright.alphaRatioDb()).isLessThan(steady.alphaRatioDb() - 10);
  }

  @Test
  void onlyTheDebtorsChannelIsAnalysed() {
    var bytes =
        Signals.wav16(8_000, 3, Signals.voice(120, 8_000, 0.4), Signals.voice(220, 8_000, 0.4));
    var left = CallAnalyzer.analyse(wav(bytes), CallRecording.Side.LEFT, List.of(), true, null);
    var right = CallAnalyzer.analyse(wav(bytes), CallRecording.Side.RIGHT, List.of(), true, null);

    assertThat(((CallAnalysis.Analysed) left).voice().f0MeanHz()).isCloseTo(120, within(1.5));
    assertThat(((CallAnalysis.Analysed) right).voice().f0MeanHz()).isCloseTo(220, within(2.5));
    assertThat(((CallAnalysis.Analysed) left).voice().voicedFraction()).isGreaterThan(0.95);
  }

  @Test
  void aMonoCallIsAnalysedOnlyInTheDebtorsSpans() {
    // The agent speaks at 200 Hz for the first two seconds, the debtor at 110 Hz after.
    var agent = Signals.voice(200, 8_000, 0.4);
    var debtor = Signals.voice(110, 8_000, 0.4);
    var bytes =
        Signals.wav16(8_000, 4, i -> i < 16_000 ? agent.applyAsDouble(i) : debtor.applyAsDouble(i));

    var withoutSpans =
        CallAnalyzer.analyse(wav(bytes), CallRecording.Side.MONO, List.of(), true, null);
    var analysed =
        CallAnalyzer.analyse(
            wav(bytes), CallRecording.Side.MONO, List.of(new CallRecording.Span(2, 4)), true, null);

    assertThat(withoutSpans).isInstanceOf(CallAnalysis.Refused.class);
    var voice = ((CallAnalysis.Analysed) analysed).voice();
    assertThat(voice.f0MeanHz()).isCloseTo(110, within(1.5));
    assertThat(voice.seconds()).isCloseTo(2, within(0.05));
  }

  @Test
  void chunksFedAsTheyArriveGiveARunningAssessmentAndAtTheEndTheWholeCalls() {
    // Four seconds of stereo PCM, the debtor on the right; the stream arrives in 333-byte chunks,
    // which split frames (4 bytes each) between chunks.
    var bytes = Signals.wav16(8_000, 4, i -> 0, Signals.voice(160, 8_000, 0.4));
    var spec =
        new io.cobranza.adapters.audio.decode.AudioSpec(
            8_000, 2, io.cobranza.adapters.audio.decode.Encoding.PCM_16);
    var session = (CallSession) CallSession.open(spec, CallRecording.Side.RIGHT, List.of(), true);
    var running = new java.util.ArrayList<CallAnalysis.Analysed>();
    int chunk = 333;
    for (int at = 44; at < bytes.length; at += chunk) {
      int length = Math.min(chunk, bytes.length - at);
      session.feedBytes(java.util.Arrays.copyOfRange(bytes, at, at + length), length);
      if (running.size() < (at - 44) / 32_000) {
        running.add(session.assessment("[00:01] I cannot afford it"));
      }
    }
    var whole = session.assessment(null);
    var batch =
        (CallAnalysis.Analysed)
            CallAnalyzer.analyse(wav(bytes), CallRecording.Side.RIGHT, List.of(), true, null);

    assertThat(running).hasSize(3);
    assertThat(running.getFirst().voice().seconds()).isLessThan(1.1);
    assertThat(running.getFirst().voice().f0MeanHz()).isCloseTo(160, within(2.0));
    assertThat(running.getFirst().assessment().drivers())
        .containsExactly(VulnerabilityDriver.RESILIENCE);
    assertThat(whole.voice()).isEqualTo(batch.voice());
    assertThat(whole.stress()).isEqualTo(batch.stress());
  }

  @Test
  void theMostStrainedHalfMinuteOfALongCallIsTheEvidenceWithItsTimeInTheCall() {
    // Three minutes, mono: the debtor calm at 110 Hz, the agent from 1:00 to 1:40 (left out by
    // the diarisation), the debtor calm again, then from 2:20 high at 180 Hz.
    var calm = Signals.voice(110, 8_000, 0.4);
    var agent = Signals.voice(200, 8_000, 0.4);
    var high = Signals.voice(180, 8_000, 0.4);
    var bytes =
        Signals.wav16(
            8_000,
            180,
            i -> {
              double t = i / 8_000.0;
              return (t < 60 || (t >= 100 && t < 140) ? calm : t < 100 ? agent : high)
                  .applyAsDouble(i);
            });

    var analysed =
        (CallAnalysis.Analysed)
            CallAnalyzer.analyse(
                wav(bytes),
                CallRecording.Side.MONO,
                List.of(new CallRecording.Span(0, 60), new CallRecording.Span(100, 180)),
                true,
                null);

    assertThat(analysed.baseline()).isNotNull();
    var acoustic = analysed.assessment().evidence().getFirst();
    assertThat(acoustic.source()).isEqualTo(Evidence.Source.ACOUSTIC);
    // The window in which the voice rises (2:20) is the most strained: pitch and range go up. Its
    // time is the call's (2:00 to 2:30), not the debtor's voice's (1:20 to 1:50).
    assertThat(acoustic.at()).isBetween(Duration.ofSeconds(120), Duration.ofSeconds(150));
    assertThat(acoustic.description()).startsWith("voice most strained in the 30 s from 2:");
  }

  @Test
  void aCallWhoseDebtorWasNotToldIsNotAnalysed() {
    var bytes = Signals.wav16(8_000, 1, Signals.voice(120, 8_000, 0.4), i -> 0);
    var result = CallAnalyzer.analyse(wav(bytes), CallRecording.Side.LEFT, List.of(), false, null);

    assertThat(result)
        .isEqualTo(
            new CallAnalysis.Refused(
                "the debtor was not told that the call may be analysed (EU AI Act Art. 50(3)):"
                    + " nothing was analysed"));
  }

  @Test
  void silenceAndClippingAreSaidNotHidden() {
    var silent =
        (CallAnalysis.Analysed)
            CallAnalyzer.analyse(
                wav(Signals.wav16(8_000, 2, i -> 0, i -> 0)),
                CallRecording.Side.RIGHT,
                List.of(),
                true,
                null);
    assertThat(silent.voice().voicedFraction()).isZero();
    assertThat(silent.stress().score()).isZero();
    assertThat(silent.warnings())
        .containsExactly("no voiced speech from the debtor: nothing to assess in the voice");
    assertThat(silent.assessment().confidence()).isZero();

    var loud = Signals.voice(150, 8_000, 3.0);
    var clipped =
        (CallAnalysis.Analysed)
            CallAnalyzer.analyse(
                wav(Signals.wav16(8_000, 2, loud, i -> 0)),
                CallRecording.Side.LEFT,
                List.of(),
                true,
                null);
    assertThat(clipped.warnings()).anyMatch(w -> w.startsWith("clipped: "));
    // A µ-law call at its largest codes (0.98 of full scale) is clipped too.
    var loudest = new byte[16_000];
    for (int i = 0; i < loudest.length; i++) {
      loudest[i] = (byte) (i % 40 < 20 ? 0x80 : 0x00);
    }
    var ulaw =
        (CallAnalysis.Analysed)
            CallAnalyzer.analyse(
                wav(Signals.wav(7, 8, 8_000, 1, loudest, loudest.length)),
                CallRecording.Side.MONO,
                List.of(new CallRecording.Span(0, 2)),
                true,
                null);
    assertThat(ulaw.warnings()).anyMatch(w -> w.startsWith("clipped: "));
  }

  @Test
  void transcriptCuesNameTheirDriverAndWhenTheyWereSaid() {
    var evidence =
        TranscriptCues.of(
            """
            [00:05] Good morning.
            [01:12] My husband passed away in March and I lost my job.
            00:02:30 No puedo pagar, no puedo más.
            I can't afford it.
            """);

    assertThat(evidence)
        .extracting(Evidence::driver, Evidence::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                VulnerabilityDriver.LIFE_EVENT, Duration.ofSeconds(72)),
            org.assertj.core.groups.Tuple.tuple(
                VulnerabilityDriver.LIFE_EVENT, Duration.ofSeconds(72)),
            org.assertj.core.groups.Tuple.tuple(
                VulnerabilityDriver.HEALTH, Duration.ofSeconds(150)),
            org.assertj.core.groups.Tuple.tuple(
                VulnerabilityDriver.RESILIENCE, Duration.ofSeconds(150)),
            org.assertj.core.groups.Tuple.tuple(VulnerabilityDriver.RESILIENCE, null));
    assertThat(evidence.getFirst().description())
        .isEqualTo("bereavement: \"My husband passed away in March and I lost my job.\"");
  }

  @Test
  void onlyTheDebtorsWordsCountAndNotWhenDeniedNorTwice() {
    var evidence =
        TranscriptCues.of(
            """
            [00:10] AGENT: Are you feeling suicidal? Is there a funeral you are paying for?
            [00:15] DEBTOR: No, I'm not suicidal. I am in hospital a lot.
            [00:20] DEBTOR: The hospital again next week.
            [00:25] AGENTE: ¿Perdió su trabajo?
            [00:30] Cliente: No tengo cáncer, pero me despidieron.
            """);

    assertThat(evidence)
        .extracting(Evidence::description)
        .containsExactly(
            "illness: \"No, I'm not suicidal. I am in hospital a lot.\"",
            "job loss (es): \"No tengo cáncer, pero me despidieron.\"");
    assertThat(TranscriptCues.labelled("I lost my job")).isFalse();
  }

  @Test
  void acousticStressAloneNeverSendsACaseToASpecialist() {
    var strained =
        CallAnalyzer.assess(
            List.of(new Evidence(Evidence.Source.ACOUSTIC, "voice stress 1.00", null, null, 0.4)),
            1.0);
    assertThat(strained.needsSpecialist()).isFalse();
    var told =
        CallAnalyzer.assess(
            List.of(
                new Evidence(Evidence.Source.ACOUSTIC, "voice stress 0.7", null, null, 0.28),
                new Evidence(
                    Evidence.Source.TRANSCRIPT,
                    "bereavement",
                    Duration.ofSeconds(72),
                    VulnerabilityDriver.LIFE_EVENT,
                    0.7)),
            0.7);
    assertThat(told.confidence()).isCloseTo(1 - 0.72 * 0.3, within(1e-12));
    assertThat(told.needsSpecialist()).isTrue();
    assertThat(told.drivers()).containsExactly(VulnerabilityDriver.LIFE_EVENT);
  }
}
