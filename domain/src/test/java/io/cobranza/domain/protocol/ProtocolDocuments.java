package io.cobranza.domain.protocol;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ProposedEscalation;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.payment.Cadence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the protocol documents of {@code docs/protocols} for the domain's tests, so that they are
 * checked against the records they mirror. It reads only the YAML those documents use (block maps
 * and lists, flow maps, folded text, comments) and refuses unknown fields; the production reader
 * belongs to the documents adapter, with Jackson.
 */
final class ProtocolDocuments {
  private ProtocolDocuments() {}

  /** The protocol a document describes (not validated). */
  static TreatmentProtocol read(String yaml) {
    var root = asMap(new Yaml(yaml).parse(), "the document");
    allow(
        root,
        "the protocol",
        "id",
        "version",
        "name",
        "description",
        "promiseGrace",
        "firstStep",
        "steps");
    var steps = new ArrayList<Step>();
    for (var step : asList(root.get("steps"), "steps")) {
      steps.add(step(asMap(step, "a step")));
    }
    return new TreatmentProtocol(
        text(root, "id"),
        Integer.parseInt(text(root, "version")),
        text(root, "name"),
        root.containsKey("description") ? text(root, "description") : "",
        text(root, "firstStep"),
        steps,
        root.containsKey("promiseGrace")
            ? Duration.parse(text(root, "promiseGrace"))
            : TreatmentProtocol.DEFAULT_PROMISE_GRACE);
  }

  private static Step step(Map<String, Object> s) {
    var id = text(s, "id");
    var type = text(s, "type");
    var where = "step " + id;
    return switch (type) {
      case "send" -> {
        allow(
            s, where, "id", "type", "channel", "template", "purpose", "awaitOutcome", "next", "on");
        yield new Step.Send(
            id,
            Channel.valueOf(text(s, "channel")),
            text(s, "template"),
            s.containsKey("purpose")
                ? ContactPurpose.valueOf(text(s, "purpose"))
                : ContactPurpose.COLLECTION,
            awaitOutcome(s),
            text(s, "next"),
            on(s));
      }
      case "call" -> {
        allow(s, where, "id", "type", "template", "awaitOutcome", "next", "on");
        yield new Step.Call(id, text(s, "template"), awaitOutcome(s), text(s, "next"), on(s));
      }
      case "wait" -> {
        allow(s, where, "id", "type", "duration", "next", "on");
        yield new Step.Wait(id, Duration.parse(text(s, "duration")), text(s, "next"), on(s));
      }
      case "offer-plan" -> {
        allow(
            s,
            where,
            "id",
            "type",
            "channel",
            "template",
            "cadence",
            "maxInstalments",
            "awaitOutcome",
            "next",
            "on");
        yield new Step.OfferPlan(
            id,
            Channel.valueOf(text(s, "channel")),
            text(s, "template"),
            Cadence.valueOf(text(s, "cadence")),
            Integer.parseInt(text(s, "maxInstalments")),
            awaitOutcome(s),
            text(s, "next"),
            on(s));
      }
      case "recommend" -> {
        allow(s, where, "id", "type", "options", "awaitOutcome", "next", "on");
        var options = new ArrayList<ActionOption>();
        for (var option : asList(s.get("options"), where + " options")) {
          options.add(option(asMap(option, where + " option")));
        }
        yield new Step.Recommend(id, options, awaitOutcome(s), text(s, "next"), on(s));
      }
      case "hand-off" -> {
        allow(s, where, "id", "type", "queue", "reason", "next", "on");
        yield new Step.HandOff(
            id, WorkQueue.valueOf(text(s, "queue")), text(s, "reason"), text(s, "next"), on(s));
      }
      case "escalate" -> {
        allow(s, where, "id", "type", "kind", "next", "on");
        yield new Step.Escalate(
            id, ProposedEscalation.Kind.valueOf(text(s, "kind")), text(s, "next"), on(s));
      }
      case "end" -> {
        allow(s, where, "id", "type", "resolution");
        yield new Step.End(id, Resolution.valueOf(text(s, "resolution")));
      }
      default -> throw new IllegalArgumentException(where + ": unknown type " + type);
    };
  }

  private static ActionOption option(Map<String, Object> o) {
    allow(o, "an option", "kind", "channel", "template", "cadence", "maxInstalments", "duration");
    var kind = ActionOption.Kind.valueOf(text(o, "kind"));
    var channel =
        o.containsKey("channel")
            ? Channel.valueOf(text(o, "channel"))
            : kind == ActionOption.Kind.CALL ? Channel.VOICE : null;
    var plan =
        o.containsKey("cadence")
            ? new PlanOffer(
                Cadence.valueOf(text(o, "cadence")), Integer.parseInt(text(o, "maxInstalments")))
            : null;
    return new ActionOption(
        kind,
        channel,
        o.containsKey("template") ? text(o, "template") : null,
        plan,
        o.containsKey("duration") ? Duration.parse(text(o, "duration")) : null);
  }

  private static Duration awaitOutcome(Map<String, Object> s) {
    return s.containsKey("awaitOutcome")
        ? Duration.parse(text(s, "awaitOutcome"))
        : Step.DEFAULT_AWAIT_OUTCOME;
  }

  private static Map<Outcome, String> on(Map<String, Object> s) {
    var on = new EnumMap<Outcome, String>(Outcome.class);
    if (s.containsKey("on")) {
      for (var entry : asMap(s.get("on"), "on").entrySet()) {
        on.put(Outcome.valueOf(entry.getKey()), (String) entry.getValue());
      }
    }
    return on;
  }

  private static void allow(Map<String, Object> map, String where, String... keys) {
    var allowed = Set.of(keys);
    for (var key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown field " + key);
      }
    }
  }

  private static String text(Map<String, Object> map, String key) {
    if (!(map.get(key) instanceof String value)) {
      throw new IllegalArgumentException("missing or not text: " + key + " in " + map);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String what) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + " is not a map: " + value);
    }
    return (Map<String, Object>) value;
  }

  private static List<?> asList(Object value, String what) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(what + " is not a list: " + value);
    }
    return list;
  }

  /** The YAML subset the protocol documents use. */
  private static final class Yaml {
    private record Line(int indent, String text) {}

    private final List<Line> lines = new ArrayList<>();
    private int at;

    private Yaml(String source) {
      for (var raw : source.split("\n", -1)) {
        var text = stripComment(raw).stripTrailing();
        if (!text.isBlank()) {
          int indent = text.length() - text.stripLeading().length();
          lines.add(new Line(indent, text.strip()));
        }
      }
    }

    private Object parse() {
      var value = block(lines.getFirst().indent());
      if (at != lines.size()) {
        throw new IllegalArgumentException("unexpected line: " + lines.get(at).text());
      }
      return value;
    }

    private Object block(int indent) {
      return lines.get(at).text().startsWith("- ")
          ? list(indent)
          : map(indent, new LinkedHashMap<>());
    }

    private List<Object> list(int indent) {
      var list = new ArrayList<Object>();
      while (at < lines.size()
          && lines.get(at).indent() == indent
          && lines.get(at).text().startsWith("- ")) {
        var item = lines.get(at).text().substring(2).strip();
        if (item.startsWith("{")) {
          at++;
          list.add(flowMap(item));
        } else if (item.contains(":")) {
          // "- key: value" opens a map whose other keys sit two columns further in.
          lines.set(at, new Line(indent + 2, item));
          list.add(map(indent + 2, new LinkedHashMap<>()));
        } else {
          at++;
          list.add(unquote(item));
        }
      }
      return list;
    }

    private Map<String, Object> map(int indent, Map<String, Object> map) {
      while (at < lines.size() && lines.get(at).indent() == indent) {
        var text = lines.get(at).text();
        int colon = text.indexOf(':');
        if (colon < 0 || text.startsWith("- ")) {
          throw new IllegalArgumentException("expected key: value, found " + text);
        }
        var key = text.substring(0, colon).strip();
        var rest = text.substring(colon + 1).strip();
        at++;
        Object value;
        if (rest.isEmpty()) {
          value = block(lines.get(at).indent());
        } else if (rest.equals(">-") || rest.equals(">")) {
          var folded = new ArrayList<String>();
          while (at < lines.size() && lines.get(at).indent() > indent) {
            folded.add(lines.get(at++).text());
          }
          value = String.join(" ", folded);
        } else if (rest.startsWith("{")) {
          value = flowMap(rest);
        } else {
          value = unquote(rest);
        }
        if (map.put(key, value) != null) {
          throw new IllegalArgumentException("duplicate key " + key);
        }
      }
      return map;
    }

    private static Map<String, Object> flowMap(String text) {
      if (!text.endsWith("}")) {
        throw new IllegalArgumentException("a flow map ends on its line: " + text);
      }
      var map = new LinkedHashMap<String, Object>();
      var body = text.substring(1, text.length() - 1).strip();
      if (body.isEmpty()) {
        return map;
      }
      for (var entry : body.split(",")) {
        int colon = entry.indexOf(':');
        map.put(entry.substring(0, colon).strip(), unquote(entry.substring(colon + 1).strip()));
      }
      return map;
    }

    private static String unquote(String text) {
      return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
          ? text.substring(1, text.length() - 1)
          : text;
    }

    private static String stripComment(String line) {
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
          return line.substring(0, i);
        }
      }
      return line;
    }
  }
}
