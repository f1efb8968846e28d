package io.cobranza.adapters.documents.segment;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.account.LifecycleStage;
import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.behaviour.InferredCadence;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.scoring.RiskBand;
import io.cobranza.domain.segment.Clusters;
import io.cobranza.domain.segment.Condition;
import io.cobranza.domain.segment.Measure;
import io.cobranza.domain.segment.SegmentDefinition;
import io.cobranza.domain.segment.SegmentId;
import io.cobranza.domain.segment.Segmentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a manager's segmentation from YAML or JSON, every problem listed with its path, and writes
 * it back. Segments are tried in order; the first whose conditions all hold takes the debtor.
 *
 * <pre>
 * id: default
 * version: 2
 * fallback: standard
 * segments:
 *   - segment: vulnerable-care
 *     description: Flagged vulnerable: people, not machines
 *     when: {vulnerable: true}
 *   - segment: early-evening-sms
 *     description: Early-stage fortnightly payers who answer SMS in the evening
 *     when: {stage: [EARLY], cadence: [FORTNIGHTLY], bestChannel: [SMS], bestHour: [EVENING]}
 *   - segment: high-risk-promise-keepers
 *     description: High risk, but they keep their promises
 *     when: {riskBand: [HIGH], promiseKeptRate: "&gt;= 0.7"}
 * </pre>
 *
 * Conditions: {@code stage}, {@code riskBand}, {@code cadence}, {@code bestChannel}, {@code
 * bestHour} (lists of names), {@code vulnerable} (true or false), and a comparison on a measure
 * ({@code "<", "<=", "=", ">=", ">"} and a number): {@code probabilityOfDefault}, {@code
 * promiseKeptRate}, {@code partialPaymentRatio}, {@code daysSinceLastPayment}, {@code
 * daysSinceLastContact}, {@code selfCures}, {@code contactsLast14Days}, {@code unansweredStreak}.
 */
public final class SegmentationDocuments {
  private static final Pattern COMPARISON =
      Pattern.compile("\\s*(<=|>=|<|>|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

  private SegmentationDocuments() {}

  /** Reads a segmentation file; its extension says the format. */
  public static DocumentResult<Segmentation> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), DocumentFormat.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a segmentation from text in a format, valid or with every problem listed. */
  public static DocumentResult<Segmentation> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, SegmentationDocument.class)) {
      case DocumentResult.Invalid<SegmentationDocument> invalid ->
          new DocumentResult.Invalid<>(invalid.problems());
      case DocumentResult.Read<SegmentationDocument> read -> segmentation(read.value());
    };
  }

  /** Writes a segmentation as text in a format. */
  public static String write(Segmentation segmentation, DocumentFormat format) {
    var segments =
        segmentation.segments().stream()
            .map(s ->
                new SegmentationDocument.SegmentDocument(
                    s.segment().value(), s.description(), when(s.conditions())))
            .toList();
    var clusters = segmentation.clusters();
    return Documents.write(
        new SegmentationDocument(
            segmentation.id(),
            segmentation.version(),
            segmentation.fallback().value(),
            segments,
            clusters == null
                ? null
                : new SegmentationDocument.ClustersDocument(
                    clusters.featureSet(),
                    clusters.features(),
                    clusters.means(),
                    clusters.deviations(),
                    clusters.groups().stream()
                        .map(g ->
                            new SegmentationDocument.GroupDocument(
                                g.name(), g.description(), g.size(), g.centre()))
                        .toList())),
        format);
  }

  private static Map<String, Object> when(List<Condition> conditions) {
    var when = new LinkedHashMap<String, Object>();
    for (var condition : conditions) {
      switch (condition) {
        case Condition.StageIn c -> when.put("stage", names(c.stages()));
        case Condition.RiskBandIn c -> when.put("riskBand", names(c.bands()));
        case Condition.CadenceIn c -> when.put("cadence", names(c.cadences()));
        case Condition.BestChannelIn c -> when.put("bestChannel", names(c.channels()));
        case Condition.BestHourIn c -> when.put("bestHour", names(c.bands()));
        case Condition.ClusterIn c -> when.put("cluster", c.clusters().stream().sorted().toList());
        case Condition.Vulnerable c -> when.put("vulnerable", c.vulnerable());
        case Condition.Compare c ->
            when.put(
                c.measure().ruleName(), c.comparison().symbol() + " " + c.value().toPlainString());
      }
    }
    return when;
  }

  private static <E extends Enum<E>> List<String> names(Set<E> values) {
    return values.stream().sorted().map(Enum::name).toList();
  }

  private static DocumentResult<Segmentation> segmentation(SegmentationDocument doc) {
    var problems = new ArrayList<DocumentProblem>();
    if (doc.id() == null || doc.id().isBlank()) {
      problems.add(new DocumentProblem("id", "is required"));
    }
    if (doc.version() == null) {
      problems.add(new DocumentProblem("version", "is required"));
    } else if (doc.version() < 1) {
      problems.add(new DocumentProblem("version", "must be at least 1, was " + doc.version()));
    }
    if (doc.fallback() == null || doc.fallback().isBlank()) {
      problems.add(
          new DocumentProblem("fallback", "is required: the segment of debtors no segment takes"));
    }
    var definitions = new ArrayList<SegmentDefinition>();
    var docs =
        doc.segments() == null ? List.<SegmentationDocument.SegmentDocument>of() : doc.segments();
    for (int i = 0; i < docs.size(); i++) {
      var where = "segments[" + i + "]";
      var segmentDoc = docs.get(i);
      if (segmentDoc.segment() == null || segmentDoc.segment().isBlank()) {
        problems.add(new DocumentProblem(where + ".segment", "is required"));
        continue;
      }
      int before = problems.size();
      var conditions = conditions(where + ".when", segmentDoc.when(), problems);
      if (problems.size() == before) {
        definitions.add(
            new SegmentDefinition(
                SegmentId.of(segmentDoc.segment()),
                segmentDoc.description() == null ? "" : segmentDoc.description(),
                conditions));
      }
    }
    var clusters = clusters(doc.clusters(), problems);
    if (!problems.isEmpty()) {
      return new DocumentResult.Invalid<>(problems);
    }
    try {
      return new DocumentResult.Read<>(
          new Segmentation(
              Objects.requireNonNull(doc.id()),
              Objects.requireNonNull(doc.version()),
              definitions,
              SegmentId.of(Objects.requireNonNull(doc.fallback())),
              clusters));
    } catch (IllegalArgumentException e) {
      // The message starts with the path: "segments[2].segment: 'x' is defined twice".
      var message = Objects.requireNonNullElse(e.getMessage(), "is invalid");
      int colon = message.indexOf(": ");
      return new DocumentResult.Invalid<>(
          List.of(
              colon > 0
                  ? new DocumentProblem(message.substring(0, colon), message.substring(colon + 2))
                  : new DocumentProblem("segments", message)));
    }
  }

  /** The clusters section: every missing part named; the domain checks the numbers. */
  private static @Nullable Clusters clusters(
      SegmentationDocument.@Nullable ClustersDocument doc, List<DocumentProblem> problems) {
    if (doc == null) {
      return null;
    }
    int before = problems.size();
    required("clusters.featureSet", doc.featureSet(), problems);
    required("clusters.features", doc.features(), problems);
    required("clusters.means", doc.means(), problems);
    required("clusters.deviations", doc.deviations(), problems);
    required("clusters.groups", doc.groups(), problems);
    var groups = new ArrayList<Clusters.Cluster>();
    var groupDocs =
        doc.groups() == null ? List.<SegmentationDocument.GroupDocument>of() : doc.groups();
    for (int i = 0; i < groupDocs.size(); i++) {
      var g = groupDocs.get(i);
      var where = "clusters.groups[" + i + "]";
      required(where + ".name", g.name(), problems);
      required(where + ".centre", g.centre(), problems);
      if (g.name() != null && g.centre() != null) {
        groups.add(
            new Clusters.Cluster(
                g.name(),
                g.description() == null ? "" : g.description(),
                g.size() == null ? 0 : g.size(),
                g.centre().stream().map(v -> v == null ? Double.NaN : v).toList()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return new Clusters(
          Objects.requireNonNull(doc.featureSet()),
          Objects.requireNonNull(doc.features()),
          nonNull(Objects.requireNonNull(doc.means())),
          nonNull(Objects.requireNonNull(doc.deviations())),
          groups);
    } catch (IllegalArgumentException e) {
      var message = Objects.requireNonNullElse(e.getMessage(), "is invalid");
      int colon = message.indexOf(": ");
      problems.add(
          colon > 0
              ? new DocumentProblem(message.substring(0, colon), message.substring(colon + 2))
              : new DocumentProblem("clusters", message));
      return null;
    }
  }

  private static List<Double> nonNull(List<Double> values) {
    return values.stream().map(v -> v == null ? Double.NaN : v).toList();
  }

  private static void required(
      String path, @Nullable Object value, List<DocumentProblem> problems) {
    if (value == null) {
      problems.add(new DocumentProblem(path, "is required"));
    }
  }

  private static List<Condition> conditions(
      String where, @Nullable Map<String, Object> when, List<DocumentProblem> problems) {
    var conditions = new ArrayList<Condition>();
    if (when == null) {
      return conditions;
    }
    for (var entry : when.entrySet()) {
      var path = where + "." + entry.getKey();
      var value = entry.getValue();
      switch (entry.getKey()) {
        case "stage" ->
            set(path, value, LifecycleStage.class, problems)
                .ifPresent(s -> conditions.add(new Condition.StageIn(s)));
        case "riskBand" ->
            set(path, value, RiskBand.class, problems)
                .ifPresent(s -> conditions.add(new Condition.RiskBandIn(s)));
        case "cadence" ->
            set(path, value, InferredCadence.class, problems)
                .ifPresent(s -> conditions.add(new Condition.CadenceIn(s)));
        case "bestChannel" ->
            set(path, value, Channel.class, problems)
                .ifPresent(s -> conditions.add(new Condition.BestChannelIn(s)));
        case "bestHour" ->
            set(path, value, HourBand.class, problems)
                .ifPresent(s -> conditions.add(new Condition.BestHourIn(s)));
        case "cluster" -> {
          var items =
              value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
          var names = new java.util.TreeSet<String>();
          boolean blank = false;
          for (var item : items) {
            if (item == null || String.valueOf(item).isBlank()) {
              problems.add(new DocumentProblem(path, "a cluster's name must not be blank"));
              blank = true;
            } else if (!names.add(String.valueOf(item).trim())) {
              problems.add(
                  new DocumentProblem(
                      path, "'" + String.valueOf(item).trim() + "' is named twice"));
              blank = true;
            }
          }
          if (names.isEmpty() && !blank) {
            problems.add(new DocumentProblem(path, "name at least one cluster"));
          } else if (!blank) {
            conditions.add(new Condition.ClusterIn(names));
          }
        }
        case "vulnerable" -> {
          if (value instanceof Boolean flag) {
            conditions.add(new Condition.Vulnerable(flag));
          } else {
            problems.add(new DocumentProblem(path, "must be true or false, was '" + value + "'"));
          }
        }
        default -> {
          var measure = MEASURES.apply(entry.getKey());
          if (measure == null) {
            problems.add(
                new DocumentProblem(
                    path,
                    "is not a condition; these are: stage, riskBand, cadence, bestChannel,"
                        + " bestHour, cluster, vulnerable, "
                        + String.join(
                            ", ",
                            Arrays.stream(Measure.values()).map(Measure::ruleName).toList())));
            continue;
          }
          var matcher = COMPARISON.matcher(String.valueOf(value));
          if (!matcher.matches()) {
            problems.add(
                new DocumentProblem(
                    path,
                    "must be a comparison such as \">= 0.7\" (<, <=, =, >=, >), was '"
                        + value
                        + "'"));
            continue;
          }
          var comparison =
              Arrays.stream(Condition.Comparison.values())
                  .filter(c -> c.symbol().equals(matcher.group(1)))
                  .findFirst()
                  .orElseThrow();
          conditions.add(
              new Condition.Compare(measure, comparison, new BigDecimal(matcher.group(2))));
        }
      }
    }
    return conditions;
  }

  private static final Function<String, @Nullable Measure> MEASURES =
      name -> {
        for (var measure : Measure.values()) {
          if (measure.ruleName().equals(name)) {
            return measure;
          }
        }
        return null;
      };

  private static <E extends Enum<E>> java.util.Optional<Set<E>> set(
      String path, @Nullable Object value, Class<E> type, List<DocumentProblem> problems) {
    var items = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    if (items.isEmpty()) {
      problems.add(new DocumentProblem(path, "name at least one value"));
      return java.util.Optional.empty();
    }
    var result = EnumSet.noneOf(type);
    for (var item : items) {
      var name = String.valueOf(item).trim().toUpperCase(Locale.ROOT);
      try {
        result.add(Enum.valueOf(type, name));
      } catch (IllegalArgumentException e) {
        problems.add(
            new DocumentProblem(
                path,
                "'"
                    + item
                    + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(result);
  }
}
