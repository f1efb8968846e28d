package io.cobranza.adapters.documents.protocol;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;
import io.cobranza.domain.protocol.ActionOption;
import io.cobranza.domain.protocol.Outcome;
import io.cobranza.domain.protocol.PlanOffer;
import io.cobranza.domain.protocol.ProtocolValidation;
import io.cobranza.domain.protocol.Resolution;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import io.cobranza.domain.protocol.WorkQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads treatment protocols from YAML or JSON and writes them back. Reading reports every problem
 * at once, each with its path ({@code steps[2].channel}): first what the document itself gets wrong
 * (missing fields, unknown values, bad durations), then what the protocol's validator finds
 * (unknown targets, unreachable steps, loops without a wait, missing end).
 */
public final class ProtocolDocuments {
  private ProtocolDocuments() {}

  /** Reads a protocol file; its extension says the format. */
  public static DocumentResult<TreatmentProtocol> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), DocumentFormat.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a protocol from text in a format. */
  public static DocumentResult<TreatmentProtocol> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, ProtocolDocument.class)) {
      case DocumentResult.Invalid<ProtocolDocument> invalid ->
          new DocumentResult.Invalid<>(invalid.problems());
      case DocumentResult.Read<ProtocolDocument> read -> new Mapping().toProtocol(read.value());
    };
  }

  /** Writes a protocol as text in a format; reading it back gives an equal protocol. */
  public static String write(TreatmentProtocol protocol, DocumentFormat format) {
    return Documents.write(toDocument(protocol), format);
  }

  /** The mapping from a document, collecting problems as it goes. */
  private static final class Mapping {
    private final List<DocumentProblem> problems = new ArrayList<>();

    DocumentResult<TreatmentProtocol> toProtocol(ProtocolDocument doc) {
      var id = required(doc.id(), "id");
      var version = doc.version() == null ? missing("version", 0) : doc.version();
      var name = doc.name() == null ? id : doc.name();
      var description = doc.description() == null ? "" : doc.description();
      var grace =
          doc.promiseGrace() == null
              ? TreatmentProtocol.DEFAULT_PROMISE_GRACE
              : duration(doc.promiseGrace(), "promiseGrace");
      var firstStep = required(doc.firstStep(), "firstStep");
      var steps = new ArrayList<Step>();
      var stepPaths = new LinkedHashMap<String, String>();
      if (doc.steps() == null || doc.steps().isEmpty()) {
        problems.add(new DocumentProblem("steps", "a protocol needs at least one step"));
      } else {
        for (int i = 0; i < doc.steps().size(); i++) {
          var path = "steps[" + i + "]";
          var step = toStep(doc.steps().get(i), path);
          if (step != null) {
            steps.add(step);
            stepPaths.putIfAbsent(step.id(), path);
          }
        }
      }
      if (!problems.isEmpty()) {
        return new DocumentResult.Invalid<>(problems);
      }
      var protocol = new TreatmentProtocol(id, version, name, description, firstStep, steps, grace);
      if (protocol.validate() instanceof ProtocolValidation.Invalid invalid) {
        for (var error : invalid.errors()) {
          var where =
              error.stepId() == null
                  ? error.field()
                  : stepPaths.getOrDefault(error.stepId(), error.stepId()) + "." + error.field();
          problems.add(new DocumentProblem(where, error.message()));
        }
        return new DocumentResult.Invalid<>(problems);
      }
      return new DocumentResult.Read<>(protocol);
    }

    private @Nullable Step toStep(ProtocolDocument.StepDocument s, String path) {
      int before = problems.size();
      var id = required(s.id(), path + ".id");
      var type = required(s.type(), path + ".type");
      var on = branches(s.on(), path + ".on");
      Step step;
      try {
        step =
            switch (type.toLowerCase(Locale.ROOT)) {
              case "send" ->
                  new Step.Send(
                      id,
                      enumValue(Channel.class, s.channel(), path + ".channel", true),
                      required(s.template(), path + ".template"),
                      s.purpose() == null
                          ? ContactPurpose.COLLECTION
                          : enumValue(ContactPurpose.class, s.purpose(), path + ".purpose", true),
                      awaitOutcome(s, path),
                      next(s, path),
                      on);
              case "call" ->
                  new Step.Call(
                      id,
                      required(s.template(), path + ".template"),
                      awaitOutcome(s, path),
                      next(s, path),
                      on);
              case "wait" ->
                  new Step.Wait(
                      id, durationRequired(s.duration(), path + ".duration"), next(s, path), on);
              case "offer-plan" ->
                  new Step.OfferPlan(
                      id,
                      enumValue(Channel.class, s.channel(), path + ".channel", true),
                      required(s.template(), path + ".template"),
                      enumValue(Cadence.class, s.cadence(), path + ".cadence", true),
                      s.maxInstalments() == null
                          ? missing(path + ".maxInstalments", 0)
                          : s.maxInstalments(),
                      awaitOutcome(s, path),
                      next(s, path),
                      on);
              case "recommend" ->
                  new Step.Recommend(
                      id,
                      options(s.options(), path + ".options"),
                      awaitOutcome(s, path),
                      next(s, path),
                      on);
              case "hand-off" ->
                  new Step.HandOff(
                      id,
                      enumValue(WorkQueue.class, s.queue(), path + ".queue", true),
                      s.reason() == null ? "" : s.reason(),
                      next(s, path),
                      on);
              case "escalate" ->
                  new Step.Escalate(
                      id,
                      enumValue(ProposedEscalation.Kind.class, s.kind(), path + ".kind", true),
                      next(s, path),
                      on);
              case "end" ->
                  new Step.End(
                      id, enumValue(Resolution.class, s.resolution(), path + ".resolution", true));
              default -> {
                if (!type.isEmpty()) {
                  problems.add(
                      new DocumentProblem(
                          path + ".type",
                          "unknown step type '"
                              + type
                              + "'; one of send, call, wait, offer-plan, recommend, hand-off,"
                              + " escalate, end"));
                }
                yield null;
              }
            };
      } catch (NullPointerException e) {
        // A required part was missing or unknown: the problem is already recorded for it.
        if (problems.size() > before) {
          return null;
        }
        throw e;
      }
      return problems.size() == before ? step : null;
    }

    private List<ActionOption> options(
        @Nullable List<ProtocolDocument.OptionDocument> docs, String path) {
      if (docs == null) {
        return List.of();
      }
      var options = new ArrayList<ActionOption>();
      for (int i = 0; i < docs.size(); i++) {
        var o = docs.get(i);
        var at = path + "[" + i + "]";
        var kind = enumValue(ActionOption.Kind.class, o.kind(), at + ".kind", true);
        var channel = enumValue(Channel.class, o.channel(), at + ".channel", false);
        if (channel == null && kind == ActionOption.Kind.CALL) {
          channel = Channel.VOICE; // a call is made by phone unless the document says otherwise
        }
        PlanOffer plan = null;
        if (o.cadence() != null || o.maxInstalments() != null) {
          plan =
              new PlanOffer(
                  enumValue(Cadence.class, o.cadence(), at + ".cadence", true),
                  o.maxInstalments() == null
                      ? missing(at + ".maxInstalments", 0)
                      : o.maxInstalments());
        }
        var duration = o.duration() == null ? null : duration(o.duration(), at + ".duration");
        if (kind == null) {
          continue;
        }
        var option = new ActionOption(kind, channel, o.template(), plan, duration);
        if (o.hours() == null) {
          options.add(option);
        } else if (o.hours().isEmpty()) {
          problems.add(
              new DocumentProblem(
                  at + ".hours",
                  "an empty list: leave hours out to send at once, or name one or more of"
                      + " MORNING, AFTERNOON, EVENING"));
        } else {
          // One option per band: the recommender chooses the band with the action.
          for (int h = 0; h < o.hours().size(); h++) {
            var band = enumValue(HourBand.class, o.hours().get(h), at + ".hours[" + h + "]", true);
            if (band != null) {
              options.add(option.in(band));
            }
          }
        }
      }
      return options;
    }

    private Map<Outcome, String> branches(@Nullable Map<String, String> on, String path) {
      var result = new EnumMap<Outcome, String>(Outcome.class);
      if (on == null) {
        return result;
      }
      for (var entry : on.entrySet()) {
        var outcome = enumValue(Outcome.class, entry.getKey(), path + "." + entry.getKey(), true);
        if (outcome != null) {
          result.put(outcome, entry.getValue() == null ? "" : entry.getValue());
        }
      }
      return result;
    }

    private String next(ProtocolDocument.StepDocument s, String path) {
      return required(s.next(), path + ".next");
    }

    private Duration awaitOutcome(ProtocolDocument.StepDocument s, String path) {
      return s.awaitOutcome() == null
          ? Step.DEFAULT_AWAIT_OUTCOME
          : duration(s.awaitOutcome(), path + ".awaitOutcome");
    }

    private String required(@Nullable String value, String path) {
      if (value == null || value.isBlank()) {
        problems.add(new DocumentProblem(path, "is required"));
        return "";
      }
      return value;
    }

    private <T> T missing(String path, T placeholder) {
      problems.add(new DocumentProblem(path, "is required"));
      return placeholder;
    }

    private Duration durationRequired(@Nullable String value, String path) {
      if (value == null) {
        return missing(path, Duration.ZERO);
      }
      return duration(value, path);
    }

    private Duration duration(String value, String path) {
      try {
        return Duration.parse(value.startsWith("P") || value.startsWith("p") ? value : "P" + value);
      } catch (DateTimeParseException e) {
        problems.add(
            new DocumentProblem(
                path, "'" + value + "' is not an ISO-8601 duration such as P3D, PT12H or P1DT6H"));
        return Duration.ZERO;
      }
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> E enumValue(
        Class<E> type, @Nullable String value, String path, boolean isRequired) {
      if (value == null || value.isBlank()) {
        if (isRequired) {
          problems.add(new DocumentProblem(path, "is required"));
        }
        return (E) null;
      }
      var normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (var constant : type.getEnumConstants()) {
        if (constant.name().equals(normalised)) {
          return constant;
        }
      }
      var allowed = new ArrayList<String>();
      for (var constant : type.getEnumConstants()) {
        allowed.add(constant.name());
      }
      problems.add(
          new DocumentProblem(
              path, "unknown value '" + value + "'; one of " + String.join(", ", allowed)));
      return (E) null;
    }
  }

  static ProtocolDocument toDocument(TreatmentProtocol protocol) {
    var steps = protocol.steps().stream().map(ProtocolDocuments::toDocument).toList();
    return new ProtocolDocument(
        protocol.id(),
        protocol.version(),
        protocol.name(),
        protocol.description(),
        protocol.promiseGrace().toString(),
        protocol.firstStep(),
        steps);
  }

  private static ProtocolDocument.StepDocument toDocument(Step step) {
    var on = new LinkedHashMap<String, String>();
    step.on().forEach((outcome, target) -> on.put(outcome.name(), target));
    return switch (step) {
      case Step.Send s ->
          new ProtocolDocument.StepDocument(
              s.id(),
              "send",
              s.channel().name(),
              s.template(),
              s.purpose() == ContactPurpose.COLLECTION ? null : s.purpose().name(),
              null,
              s.awaitOutcome().toString(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              s.next(),
              on);
      case Step.Call c ->
          new ProtocolDocument.StepDocument(
              c.id(),
              "call",
              null,
              c.template(),
              null,
              null,
              c.awaitOutcome().toString(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              c.next(),
              on);
      case Step.Wait w ->
          new ProtocolDocument.StepDocument(
              w.id(),
              "wait",
              null,
              null,
              null,
              w.duration().toString(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              w.next(),
              on);
      case Step.OfferPlan p ->
          new ProtocolDocument.StepDocument(
              p.id(),
              "offer-plan",
              p.channel().name(),
              p.template(),
              null,
              null,
              p.awaitOutcome().toString(),
              p.cadence().name(),
              p.maxInstalments(),
              null,
              null,
              null,
              null,
              null,
              p.next(),
              on);
      case Step.Recommend r ->
          new ProtocolDocument.StepDocument(
              r.id(),
              "recommend",
              null,
              null,
              null,
              null,
              r.awaitOutcome().toString(),
              null,
              null,
              r.options().stream().map(ProtocolDocuments::toDocument).toList(),
              null,
              null,
              null,
              null,
              r.next(),
              on);
      case Step.HandOff h ->
          new ProtocolDocument.StepDocument(
              h.id(),
              "hand-off",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              h.queue().name(),
              h.reason(),
              null,
              null,
              h.next(),
              on);
      case Step.Escalate e ->
          new ProtocolDocument.StepDocument(
              e.id(),
              "escalate",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              e.kind().name(),
              null,
              e.next(),
              on);
      case Step.End e ->
          new ProtocolDocument.StepDocument(
              e.id(),
              "end",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              e.resolution().name(),
              null,
              null);
    };
  }

  private static ProtocolDocument.OptionDocument toDocument(ActionOption option) {
    return new ProtocolDocument.OptionDocument(
        option.kind().name(),
        option.channel() == null ? null : option.channel().name(),
        option.template(),
        option.plan() == null ? null : option.plan().cadence().name(),
        option.plan() == null ? null : option.plan().maxInstalments(),
        option.duration() == null ? null : option.duration().toString(),
        option.hours() == null ? null : List.of(option.hours().name()));
  }
}
