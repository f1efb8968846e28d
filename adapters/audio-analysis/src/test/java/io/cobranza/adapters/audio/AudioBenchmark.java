package io.cobranza.adapters.audio;

import io.cobranza.adapters.audio.analysis.CallAnalysis;
import io.cobranza.adapters.audio.analysis.CallAnalyzer;
import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.application.vulnerability.CallRecording;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code benchmarks/run audio}: decodes, then analyses, a recording (an hour of 8 kHz µ-law speech)
 * on one thread, three times each, and prints audio seconds per wall second of the best run: {@code
 * decode-only x realtime: M}, then {@code analysis x realtime: N}.
 */
public final class AudioBenchmark {
  private AudioBenchmark() {}

  public static void main(String[] args) {
    var file = Path.of(args[0]);
    double audioSeconds = 0;
    double bestDecode = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long started = System.nanoTime();
      long frames = 0;
      try (var source = AudioSource.wav(file)) {
        var block = new float[source.spec().channels()][4_096];
        int n;
        while ((n = source.read(block)) > 0) {
          frames += n;
        }
        audioSeconds = (double) frames / source.spec().sampleRate();
      }
      bestDecode = Math.min(bestDecode, (System.nanoTime() - started) / 1e9);
    }
    double bestAnalysis = Double.MAX_VALUE;
    CallAnalysis.Analysed result = null;
    for (int run = 0; run < 3; run++) {
      long started = System.nanoTime();
      try (var source = AudioSource.wav(file)) {
        result =
            (CallAnalysis.Analysed)
                CallAnalyzer.analyse(
                    source,
                    CallRecording.Side.MONO,
                    List.of(new CallRecording.Span(0, 1e9)),
                    true,
                    null);
      }
      bestAnalysis = Math.min(bestAnalysis, (System.nanoTime() - started) / 1e9);
    }
    System.out.printf(Locale.ROOT, "audio seconds: %.1f%n", audioSeconds);
    System.out.printf(Locale.ROOT, "decode seconds: %.3f%n", bestDecode);
    System.out.printf(Locale.ROOT, "analysis seconds: %.3f%n", bestAnalysis);
    System.out.printf(Locale.ROOT, "f0 mean Hz: %.2f%n", result.voice().f0MeanHz());
    System.out.printf(Locale.ROOT, "decode-only x realtime: %.0f%n", audioSeconds / bestDecode);
    System.out.printf(Locale.ROOT, "analysis x realtime: %.0f%n", audioSeconds / bestAnalysis);
  }
}
