package io.cobranza.deploy.cli;

import io.cobranza.adapters.audio.analysis.CallAnalysis;
import io.cobranza.adapters.audio.analysis.CallAnalyzer;
import io.cobranza.adapters.audio.analysis.VoiceFeatures;
import io.cobranza.adapters.audio.decode.AudioFormatException;
import io.cobranza.adapters.audio.decode.AudioSource;
import io.cobranza.application.vulnerability.CallRecording;
import io.cobranza.domain.vulnerability.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code cobranza audio}: call audio analysis (docs/audio.md). */
@Command(
    name = "audio",
    mixinStandardHelpOptions = true,
    description = "Analyses call recordings for signs of stress and vulnerability.",
    subcommands = {AudioCommand.Analyze.class})
final class AudioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println("cobranza audio: say what to do: analyze");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** {@code cobranza audio analyze FILE}. */
  @Command(
      name = "analyze",
      mixinStandardHelpOptions = true,
      description =
          "Analyses the debtor's voice in a WAV recording (8 or 16 kHz; 16-bit PCM, mu-law or"
              + " A-law; mono or stereo) and prints one JSON object: the voice's features, its"
              + " stress score and the vulnerability assessment. Run it only on calls whose debtor"
              + " was told that they may be analysed: it does not check (the platform does).")
  static final class Analyze implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The recording (WAV).")
    Path file;

    @Option(
        names = "--channel",
        paramLabel = "left|right",
        description =
            "In a stereo call, the debtor's channel (the other, the agent's, is never analysed).")
    @Nullable String channel;

    @Option(
        names = "--debtor-spans",
        paramLabel = "FROM-TO,...",
        description =
            "In a mono call, the seconds in which the debtor speaks (from a diarisation), e.g."
                + " 0-12.5,20-41; without them a mono call is not analysed.")
    @Nullable String spans;

    @Option(
        names = "--transcript",
        paramLabel = "FILE",
        description =
            "The call's transcript (UTF-8 text; lines may start with [mm:ss]): English and"
                + " Spanish cues of vulnerability.")
    @Nullable Path transcript;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), "FILE: no such file " + file);
      }
      var side = side();
      var debtorSpans = spans();
      String text = null;
      if (transcript != null) {
        if (!Files.isRegularFile(transcript)) {
          throw new ParameterException(
              spec.commandLine(), "--transcript: no such file " + transcript);
        }
        try {
          text = Files.readString(transcript, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      CallAnalysis result;
      try (var source = AudioSource.wav(file)) {
        result = CallAnalyzer.analyse(source, side, debtorSpans, true, text);
      } catch (AudioFormatException e) {
        spec.commandLine().getErr().println("cobranza: " + file + ": " + e.getMessage());
        return ExitCodes.INVALID_INPUT;
      }
      var json = new LinkedHashMap<String, Object>();
      json.put("file", file.toString());
      switch (result) {
        case CallAnalysis.Refused refused -> {
          json.put("refused", refused.reason());
          print(json);
          return ExitCodes.INVALID_INPUT;
        }
        case CallAnalysis.Analysed analysed -> {
          json.put("features", features(analysed.voice()));
          json.put("baseline", analysed.baseline() == null ? null : features(analysed.baseline()));
          json.put("stressScore", round(analysed.stress().score()));
          var assessment = new LinkedHashMap<String, Object>();
          var a = analysed.assessment();
          assessment.put("drivers", a.drivers().stream().map(Enum::name).sorted().toList());
          assessment.put("confidence", round(a.confidence()));
          assessment.put("needsSpecialist", a.needsSpecialist());
          assessment.put("evidence", a.evidence().stream().map(AudioCommand::evidence).toList());
          json.put("assessment", assessment);
          json.put("warnings", analysed.warnings());
          print(json);
          return ExitCodes.OK;
        }
      }
    }

    private CallRecording.Side side() {
      if (channel == null) {
        return CallRecording.Side.MONO;
      }
      return switch (channel.toLowerCase(Locale.ROOT)) {
        case "left" -> CallRecording.Side.LEFT;
        case "right" -> CallRecording.Side.RIGHT;
        default ->
            throw new ParameterException(
                spec.commandLine(), "--channel: '" + channel + "' is not left or right");
      };
    }

    private List<CallRecording.Span> spans() {
      var result = new ArrayList<CallRecording.Span>();
      if (spans == null || spans.isBlank()) {
        return result;
      }
      for (var part : spans.split(",")) {
        var bounds = part.trim().split("-");
        try {
          if (bounds.length != 2) {
            throw new IllegalArgumentException("not FROM-TO");
          }
          result.add(
              new CallRecording.Span(
                  Double.parseDouble(bounds[0].trim()), Double.parseDouble(bounds[1].trim())));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(
              spec.commandLine(),
              "--debtor-spans: '" + part.trim() + "' is not FROM-TO in seconds (e.g. 0-12.5)");
        }
      }
      return result;
    }

    private void print(Map<String, Object> json) {
      spec.commandLine()
          .getOut()
          .println(
              JsonMapper.builder()
                  .build()
                  .writerWithDefaultPrettyPrinter()
                  .writeValueAsString(json));
    }
  }

  static Map<String, Object> features(VoiceFeatures f) {
    var m = new LinkedHashMap<String, Object>();
    m.put("seconds", round(f.seconds()));
    m.put("f0MeanHz", round(f.f0MeanHz()));
    m.put("voicedFraction", round(f.voicedFraction()));
    m.put("f0RangeSemitones", round(f.f0RangeSemitones()));
    m.put("f0StdSemitones", round(f.f0StdSemitones()));
    m.put("loudnessDb", round(f.loudnessDb()));
    m.put("speakingRate", round(f.speakingRate()));
    m.put("pauseRatio", round(f.pauseRatio()));
    m.put("pauses", f.pauses());
    m.put("meanPauseSeconds", round(f.meanPauseSeconds()));
    m.put("jitterPercent", round(f.jitterPercent()));
    m.put("shimmerPercent", round(f.shimmerPercent()));
    m.put("hnrDb", round(f.hnrDb()));
    m.put("alphaRatioDb", round(f.alphaRatioDb()));
    return m;
  }

  static Map<String, Object> evidence(Evidence e) {
    var m = new LinkedHashMap<String, Object>();
    m.put("source", e.source().name());
    m.put("description", e.description());
    m.put("atSeconds", e.at() == null ? null : e.at().toMillis() / 1000.0);
    m.put("driver", e.driver() == null ? null : e.driver().name());
    m.put("weight", round(e.weight()));
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
