package io.cobranza.adapters.simulation.scenario;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactGate;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.payment.Cadence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads scenario files (YAML or JSON; the format is in docs/simulation.md), valid or with every
 * problem and its path, such as {@code populations[1].ability: beta needs two positive numbers}.
 */
public final class ScenarioDocuments {
  /** The most debtors a scenario may ask for. */
  public static final int MAX_DEBTORS = 2_000_000;

  /** The longest horizon, in days. */
  public static final int MAX_DAYS = 730;

  private ScenarioDocuments() {}

  /** Reads a scenario file; its extension says the format. */
  public static DocumentResult<Scenario> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), DocumentFormat.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a scenario from text in a format. */
  @SuppressWarnings("unchecked")
  public static DocumentResult<Scenario> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, Map.class)) {
      case DocumentResult.Invalid<Map> invalid -> new DocumentResult.Invalid<>(invalid.problems());
      case DocumentResult.Read<Map> read -> scenario((Map<String, Object>) read.value());
    };
  }

  private static final List<String> TOP =
      List.of(
          "name",
          "description",
          "seed",
          "debtors",
          "days",
          "start",
          "channelCosts",
          "dispatchDelays",
          "populations");

  private static final List<String> TRAITS =
      List.of(
          "name",
          "share",
          "jurisdiction",
          "balance",
          "daysPastDue",
          "preferredChannel",
          "responsiveHours",
          "cadence",
          "ability",
          "willingness",
          "pressureSensitivity",
          "fatigueLimit",
          "selfCure",
          "vulnerable",
          "disclosure");

  private static DocumentResult<Scenario> scenario(Map<String, Object> doc) {
    var problems = new ArrayList<DocumentProblem>();
    unknown("", doc, TOP, problems);
    var name = text("name", doc.get("name"), problems);
    var description = doc.get("description") == null ? "" : String.valueOf(doc.get("description"));
    long seed =
        whole("seed", doc.getOrDefault("seed", 1), Long.MIN_VALUE, Long.MAX_VALUE, problems);
    int debtors =
        (int) whole("debtors", doc.getOrDefault("debtors", 20_000), 1, MAX_DEBTORS, problems);
    int days = (int) whole("days", doc.getOrDefault("days", 120), 1, MAX_DAYS, problems);
    LocalDate start = LocalDate.of(2026, 1, 5);
    if (doc.get("start") != null) {
      try {
        start = LocalDate.parse(String.valueOf(doc.get("start")));
      } catch (DateTimeParseException e) {
        problems.add(
            new DocumentProblem(
                "start", "must be a date (2026-01-05), was '" + doc.get("start") + "'"));
      }
    }
    var costs = new EnumMap<Channel, Double>(Channel.class);
    if (doc.get("channelCosts") instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        var path = "channelCosts." + e.getKey();
        Channel channel =
            ScenarioDocuments.<Channel>constant(path, e.getKey(), Channel.class, problems);
        double cost = number(path, e.getValue(), problems, 0, 1e6);
        if (channel != null) {
          costs.put(channel, cost);
        }
      }
    } else if (doc.get("channelCosts") != null) {
      problems.add(
          new DocumentProblem("channelCosts", "must map channels to the cost of one contact"));
    }
    var delays = new EnumMap<Channel, Duration>(Channel.class);
    if (doc.get("dispatchDelays") instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        var path = "dispatchDelays." + e.getKey();
        Channel channel =
            ScenarioDocuments.<Channel>constant(path, e.getKey(), Channel.class, problems);
        var delay = duration(path, e.getValue(), problems);
        if (channel != null && delay != null) {
          delays.put(channel, delay);
        }
      }
    } else if (doc.get("dispatchDelays") != null) {
      problems.add(
          new DocumentProblem(
              "dispatchDelays", "must map channels to how long a contact takes to leave (PT2M)"));
    }
    var populations = new ArrayList<Population>();
    if (!(doc.get("populations") instanceof List<?> list) || list.isEmpty()) {
      problems.add(new DocumentProblem("populations", "name at least one population"));
    } else {
      double shares = 0;
      for (int i = 0; i < list.size(); i++) {
        var where = "populations[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> p)) {
          problems.add(new DocumentProblem(where, "must be a population"));
          continue;
        }
        @SuppressWarnings("unchecked")
        var population = population(where, (Map<String, Object>) p, problems);
        if (population != null) {
          populations.add(population);
          shares += population.share();
        }
      }
      if (populations.size() == list.size() && Math.abs(shares - 1) > 1e-6) {
        problems.add(
            new DocumentProblem(
                "populations", "the shares must add up to 1, they add up to " + shares));
      }
    }
    if (!problems.isEmpty()) {
      return new DocumentResult.Invalid<>(problems);
    }
    return new DocumentResult.Read<>(
        new Scenario(name, description, seed, debtors, days, start, costs, delays, populations));
  }

  private static @Nullable Population population(
      String where, Map<String, Object> p, List<DocumentProblem> problems) {
    int before = problems.size();
    unknown(where + ".", p, TRAITS, problems);
    var name = text(where + ".name", p.get("name"), problems);
    double share = number(where + ".share", p.get("share"), problems, 0, 1);
    var jurisdiction =
        categorical(
            where + ".jurisdiction",
            p.getOrDefault("jurisdiction", "US"),
            problems,
            key -> {
              var code = key.toUpperCase(Locale.ROOT);
              return code.equals("US")
                  ? Jurisdiction.US
                  : code.equals("GB") ? Jurisdiction.GB : null;
            },
            "US, GB");
    var balance = distribution(where + ".balance", p.get("balance"), problems, 1, 1e9);
    var daysPastDue =
        distribution(
            where + ".daysPastDue",
            p.getOrDefault("daysPastDue", Map.of("uniform", List.of(5, 25))),
            problems,
            0,
            3650);
    var channel =
        categorical(
            where + ".preferredChannel",
            p.get("preferredChannel"),
            problems,
            enumKey(Channel.class),
            names(Channel.class));
    var hours =
        categorical(
            where + ".responsiveHours",
            p.get("responsiveHours"),
            problems,
            enumKey(HourBand.class),
            names(HourBand.class));
    var cadence =
        categorical(
            where + ".cadence",
            p.get("cadence"),
            problems,
            enumKey(Cadence.class),
            names(Cadence.class));
    var ability = distribution(where + ".ability", p.get("ability"), problems, 0, 1);
    var willingness = distribution(where + ".willingness", p.get("willingness"), problems, 0, 1);
    var pressure =
        distribution(
            where + ".pressureSensitivity",
            p.getOrDefault("pressureSensitivity", 0.1),
            problems,
            0,
            1);
    var fatigue =
        distribution(where + ".fatigueLimit", p.getOrDefault("fatigueLimit", 6), problems, 0, 100);
    var selfCure =
        distribution(where + ".selfCure", p.getOrDefault("selfCure", 0.05), problems, 0, 1);
    double vulnerable =
        number(where + ".vulnerable", p.getOrDefault("vulnerable", 0), problems, 0, 1);
    var disclosure =
        distribution(where + ".disclosure", p.getOrDefault("disclosure", 0.5), problems, 0, 1);
    if (problems.size() > before) {
      return null;
    }
    return new Population(
        name,
        share,
        jurisdiction,
        balance,
        daysPastDue,
        channel,
        hours,
        cadence,
        ability,
        willingness,
        pressure,
        fatigue,
        selfCure,
        vulnerable,
        disclosure);
  }

  private static <E extends Enum<E>> Function<String, @Nullable E> enumKey(Class<E> type) {
    return key -> {
      try {
        return Enum.valueOf(type, key.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    };
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return String.join(
        ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  private static void unknown(
      String prefix, Map<String, Object> map, List<String> known, List<DocumentProblem> problems) {
    for (var key : map.keySet()) {
      if (!known.contains(key)) {
        problems.add(
            new DocumentProblem(
                prefix + key, "is not a field here; these are: " + String.join(", ", known)));
      }
    }
  }

  private static String text(String path, @Nullable Object value, List<DocumentProblem> problems) {
    if (value == null || String.valueOf(value).isBlank()) {
      problems.add(new DocumentProblem(path, "is required"));
      return "";
    }
    return String.valueOf(value);
  }

  /**
   * A dispatch delay, written as an ISO-8601 duration (PT2M), shorter than the longest permission
   * the gate gives: a channel slower than that could never send within a permission.
   */
  private static @Nullable Duration duration(
      String path, @Nullable Object value, List<DocumentProblem> problems) {
    try {
      var delay = Duration.parse(String.valueOf(value));
      if (delay.isNegative() || delay.compareTo(ContactGate.LONGEST_PERMISSION) >= 0) {
        problems.add(
            new DocumentProblem(
                path,
                "must be at least PT0S and shorter than the gate's longest permission, "
                    + ContactGate.LONGEST_PERMISSION
                    + ", was "
                    + value));
        return null;
      }
      return delay;
    } catch (DateTimeParseException e) {
      problems.add(
          new DocumentProblem(path, "must be an ISO-8601 duration (PT2M), was '" + value + "'"));
      return null;
    }
  }

  private static double number(
      String path, @Nullable Object value, List<DocumentProblem> problems, double min, double max) {
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      problems.add(new DocumentProblem(path, "must be a number, was '" + value + "'"));
      return min;
    }
    double v = n.doubleValue();
    if (v < min || v > max) {
      problems.add(
          new DocumentProblem(
              path, "must be between " + plain(min) + " and " + plain(max) + ", was " + plain(v)));
      return min;
    }
    return v;
  }

  private static long whole(
      String path, @Nullable Object value, long min, long max, List<DocumentProblem> problems) {
    if (!(value instanceof Integer || value instanceof Long)) {
      problems.add(new DocumentProblem(path, "must be a whole number, was '" + value + "'"));
      return min;
    }
    long v = ((Number) value).longValue();
    if (v < min || v > max) {
      problems.add(
          new DocumentProblem(path, "must be between " + min + " and " + max + ", was " + v));
      return min;
    }
    return v;
  }

  private static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static <T> @Nullable T constant(
      String path, Object key, Class<? extends Enum<?>> type, List<DocumentProblem> problems) {
    for (var c : type.getEnumConstants()) {
      if (c.name().equalsIgnoreCase(String.valueOf(key).trim())) {
        @SuppressWarnings("unchecked")
        var t = (T) c;
        return t;
      }
    }
    problems.add(
        new DocumentProblem(
            path,
            "'"
                + key
                + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return null;
  }

  /** A categorical: a single name (always that), or a map of names to weights. */
  private static <T> Categorical<T> categorical(
      String path,
      @Nullable Object value,
      List<DocumentProblem> problems,
      Function<String, @Nullable T> parse,
      String allowed) {
    var weights = new LinkedHashMap<T, Double>();
    if (value instanceof String single) {
      var key = parse.apply(single);
      if (key == null) {
        problems.add(new DocumentProblem(path, "'" + single + "' is not one of " + allowed));
        return Categorical.only(placeholder());
      }
      return Categorical.only(key);
    }
    if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
      problems.add(
          new DocumentProblem(
              path, "is required: one of " + allowed + ", or a map of them to weights"));
      return Categorical.only(placeholder());
    }
    int before = problems.size();
    for (var e : map.entrySet()) {
      var key = parse.apply(String.valueOf(e.getKey()));
      if (key == null) {
        problems.add(new DocumentProblem(path + "." + e.getKey(), "is not one of " + allowed));
        continue;
      }
      weights.put(key, number(path + "." + e.getKey(), e.getValue(), problems, 0, 1e9));
    }
    if (problems.size() > before) {
      return Categorical.only(placeholder());
    }
    try {
      return new Categorical<>(weights);
    } catch (IllegalArgumentException e) {
      problems.add(new DocumentProblem(path, e.getMessage()));
      return Categorical.only(placeholder());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T placeholder() {
    return (T) "invalid";
  }

  /**
   * A distribution: a number, or {uniform: [lo, hi]}, {beta: [a, b]}, {lognormal: {median, sigma}}.
   */
  private static Distribution distribution(
      String path, @Nullable Object value, List<DocumentProblem> problems, double min, double max) {
    if (value instanceof Number n) {
      return new Distribution.Fixed(number(path, n, problems, min, max));
    }
    if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
      problems.add(
          new DocumentProblem(
              path,
              "is required: a number, or one of {uniform: [low, high]}, {beta: [alpha, beta]}, {lognormal: {median: m, sigma: s}}"));
      return new Distribution.Fixed(min);
    }
    var e = map.entrySet().iterator().next();
    var kind = String.valueOf(e.getKey());
    try {
      return switch (kind) {
        case "uniform" -> {
          var pair = pair(path + ".uniform", e.getValue(), problems);
          if (pair == null) {
            yield new Distribution.Fixed(min);
          }
          if (pair[0] < min || pair[1] > max) {
            problems.add(
                new DocumentProblem(
                    path + ".uniform", "must lie between " + plain(min) + " and " + plain(max)));
          }
          yield new Distribution.Uniform(pair[0], pair[1]);
        }
        case "beta" -> {
          var pair = pair(path + ".beta", e.getValue(), problems);
          if (pair == null) {
            yield new Distribution.Fixed(min);
          }
          if (min > 0 || max < 1) {
            problems.add(
                new DocumentProblem(
                    path + ".beta", "draws between 0 and 1, which this field does not allow"));
          }
          yield new Distribution.Beta(pair[0], pair[1]);
        }
        case "lognormal" -> {
          if (!(e.getValue() instanceof Map<?, ?> params)) {
            problems.add(new DocumentProblem(path + ".lognormal", "needs {median: m, sigma: s}"));
            yield new Distribution.Fixed(min);
          }
          double median =
              number(path + ".lognormal.median", params.get("median"), problems, 1e-9, max);
          double sigma = number(path + ".lognormal.sigma", params.get("sigma"), problems, 0, 5);
          yield new Distribution.LogNormal(median, sigma);
        }
        default -> {
          problems.add(
              new DocumentProblem(
                  path + "." + kind,
                  "is not a distribution; these are: uniform, beta, lognormal (or a number)"));
          yield new Distribution.Fixed(min);
        }
      };
    } catch (IllegalArgumentException ex) {
      problems.add(new DocumentProblem(path + "." + kind, ex.getMessage()));
      return new Distribution.Fixed(min);
    }
  }

  private static double @Nullable [] pair(
      String path, @Nullable Object value, List<DocumentProblem> problems) {
    if (value instanceof List<?> list
        && list.size() == 2
        && list.get(0) instanceof Number a
        && list.get(1) instanceof Number b) {
      return new double[] {a.doubleValue(), b.doubleValue()};
    }
    problems.add(
        new DocumentProblem(path, "needs two numbers, [first, second], was '" + value + "'"));
    return null;
  }
}
