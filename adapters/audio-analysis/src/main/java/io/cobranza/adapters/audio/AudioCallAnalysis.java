package io.cobranza.adapters.audio;

import io.cobranza.adapters.audio.analysis.CallAnalysis;
import io.cobranza.adapters.audio.analysis.CallAnalyzer;
import io.cobranza.adapters.audio.decode.AudioFormatException;
import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.application.vulnerability.CallAudio;
import io.cobranza.application.vulnerability.CallRecording;
import java.io.UncheckedIOException;

/** {@link CallAudio} over the analysis of this module: a recording's WAV file, read from disk. */
public final class AudioCallAnalysis implements CallAudio {
  @Override
  public Result analyse(CallRecording recording) {
    try (var source = AudioSource.wav(recording.file())) {
      // The use case asked only for a debtor who was told.
      return switch (CallAnalyzer.analyse(
          source, recording.debtorSide(), recording.debtorSpans(), true, recording.transcript())) {
        case CallAnalysis.Refused refused -> new Result.Refused(refused.reason());
        case CallAnalysis.Analysed analysed ->
            analysed.voice().voicedFraction() == 0
                // Kept once per recording, an empty assessment could never be redone: say why.
                ? new Result.Refused(
                    "no voiced speech on the debtor's side of "
                        + recording.file().getFileName()
                        + ": check which side is the debtor's")
                : new Result.Assessed(analysed.assessment(), analysed.warnings());
      };
    } catch (AudioFormatException e) {
      return new Result.Refused(recording.file().getFileName() + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      return new Result.Refused(
          recording.file().getFileName() + ": cannot be read (" + e.getCause().getMessage() + ")");
    }
  }
}
