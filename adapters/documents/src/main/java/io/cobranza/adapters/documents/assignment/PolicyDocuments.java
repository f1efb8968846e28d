package io.cobranza.adapters.documents.assignment;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.assignment.Arm;
import io.cobranza.domain.assignment.ArmRole;
import io.cobranza.domain.assignment.AssignmentPolicy;
import io.cobranza.domain.assignment.PolicyValidation;
import io.cobranza.domain.assignment.SegmentRule;
import io.cobranza.domain.assignment.Split;
import io.cobranza.domain.segment.SegmentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an assignment policy from YAML or JSON, with every problem listed with its path (the
 * document's own, then {@link AssignmentPolicy#validate}'s), and writes it back.
 *
 * <pre>
 * id: default
 * version: 3
 * experimentSeed: 20261101
 * segments:
 *   - segment: early
 *     arms:
 *       - {name: champion, role: CHAMPION, protocolId: early-stage-digital-first, protocolVersion: 1, sharePercent: 80}
 *       - {name: sms-first, role: CHALLENGER, protocolId: early-sms-first, protocolVersion: 1, sharePercent: 20}
 * defaultArms:
 *   - {name: default, role: CHAMPION, protocolId: late-stage-agent-led, protocolVersion: 1, sharePercent: 100}
 * </pre>
 */
public final class PolicyDocuments {
  private PolicyDocuments() {}

  private static final BigDecimal BASIS_POINTS_PER_PERCENT = BigDecimal.valueOf(100);

  /** Reads a policy file; its extension says the format. */
  public static DocumentResult<AssignmentPolicy> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), DocumentFormat.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a policy from text in a format, valid or with every problem listed. */
  public static DocumentResult<AssignmentPolicy> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, PolicyDocument.class)) {
      case DocumentResult.Invalid<PolicyDocument> invalid ->
          new DocumentResult.Invalid<>(invalid.problems());
      case DocumentResult.Read<PolicyDocument> read -> policy(read.value());
    };
  }

  /** Writes a policy as text in a format. */
  public static String write(AssignmentPolicy policy, DocumentFormat format) {
    var segments =
        policy.segments().stream()
            .map(s -> new PolicyDocument.SegmentDocument(s.segment().value(), arms(s.split())))
            .toList();
    return Documents.write(
        new PolicyDocument(
            policy.id(),
            policy.version(),
            policy.experimentSeed(),
            segments,
            arms(policy.defaultSplit())),
        format);
  }

  private static List<PolicyDocument.ArmDocument> arms(Split split) {
    return split.arms().stream()
        .map(a ->
            new PolicyDocument.ArmDocument(
                a.name(),
                a.role().name(),
                a.protocolId(),
                a.protocolVersion(),
                BigDecimal.valueOf(a.basisPoints())
                    .divide(BASIS_POINTS_PER_PERCENT)
                    .stripTrailingZeros()))
        .toList();
  }

  private static DocumentResult<AssignmentPolicy> policy(PolicyDocument doc) {
    var problems = new ArrayList<DocumentProblem>();
    if (doc.id() == null || doc.id().isBlank()) {
      problems.add(new DocumentProblem("id", "is required"));
    }
    if (doc.version() == null) {
      problems.add(new DocumentProblem("version", "is required"));
    }
    var segments = new ArrayList<SegmentRule>();
    var segmentDocs =
        doc.segments() == null ? List.<PolicyDocument.SegmentDocument>of() : doc.segments();
    for (int i = 0; i < segmentDocs.size(); i++) {
      var where = "segments[" + i + "]";
      var segmentDoc = segmentDocs.get(i);
      if (segmentDoc.segment() == null || segmentDoc.segment().isBlank()) {
        problems.add(new DocumentProblem(where + ".segment", "is required"));
        continue;
      }
      var split = split(where + ".arms", segmentDoc.arms(), problems);
      if (split != null) {
        segments.add(new SegmentRule(SegmentId.of(segmentDoc.segment()), split));
      }
    }
    Split defaultSplit = null;
    if (doc.defaultArms() == null || doc.defaultArms().isEmpty()) {
      problems.add(
          new DocumentProblem("defaultArms", "is required: the split of debtors in no segment"));
    } else {
      defaultSplit = split("defaultArms", doc.defaultArms(), problems);
    }
    if (!problems.isEmpty()) {
      return new DocumentResult.Invalid<>(problems);
    }
    long seed = doc.experimentSeed() == null ? 0 : doc.experimentSeed();
    var id = java.util.Objects.requireNonNull(doc.id());
    int version = java.util.Objects.requireNonNull(doc.version());
    return switch (AssignmentPolicy.validate(id, version, seed, segments, defaultSplit)) {
      case PolicyValidation.Valid valid -> new DocumentResult.Read<>(valid.policy());
      case PolicyValidation.Invalid invalid ->
          new DocumentResult.Invalid<>(
              invalid.errors().stream()
                  .map(e -> new DocumentProblem(e.where(), e.problem()))
                  .toList());
    };
  }

  private static @Nullable Split split(
      String where,
      @Nullable List<PolicyDocument.ArmDocument> docs,
      List<DocumentProblem> problems) {
    if (docs == null || docs.isEmpty()) {
      problems.add(new DocumentProblem(where, "lists at least one arm"));
      return null;
    }
    int before = problems.size();
    var arms = new ArrayList<Arm>();
    for (int i = 0; i < docs.size(); i++) {
      var at = where + "[" + i + "]";
      var doc = docs.get(i);
      var role = role(at + ".role", doc.role(), problems);
      var basisPoints = basisPoints(at + ".sharePercent", doc.sharePercent(), problems);
      if (doc.name() == null) {
        problems.add(new DocumentProblem(at + ".name", "is required"));
      }
      if (doc.protocolId() == null) {
        problems.add(new DocumentProblem(at + ".protocolId", "is required"));
      }
      if (doc.protocolVersion() == null) {
        problems.add(new DocumentProblem(at + ".protocolVersion", "is required"));
      }
      if (role != null
          && basisPoints != null
          && doc.name() != null
          && doc.protocolId() != null
          && doc.protocolVersion() != null) {
        arms.add(new Arm(doc.name(), role, doc.protocolId(), doc.protocolVersion(), basisPoints));
      }
    }
    return problems.size() == before ? new Split(arms) : null;
  }

  private static @Nullable ArmRole role(
      String where, @Nullable String text, List<DocumentProblem> problems) {
    if (text == null) {
      problems.add(new DocumentProblem(where, "is required: one of " + roles()));
      return null;
    }
    try {
      return ArmRole.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new DocumentProblem(where, "'" + text + "' is not one of " + roles()));
      return null;
    }
  }

  private static String roles() {
    return Arrays.toString(ArmRole.values());
  }

  private static @Nullable Integer basisPoints(
      String where, @Nullable BigDecimal percent, List<DocumentProblem> problems) {
    if (percent == null) {
      problems.add(new DocumentProblem(where, "is required"));
      return null;
    }
    var basisPoints = percent.multiply(BASIS_POINTS_PER_PERCENT);
    if (basisPoints.stripTrailingZeros().scale() > 0) {
      problems.add(
          new DocumentProblem(where, percent + " has more than two decimals (basis points)"));
      return null;
    }
    try {
      return basisPoints.intValueExact();
    } catch (ArithmeticException e) {
      problems.add(new DocumentProblem(where, percent + " is out of range"));
      return null;
    }
  }
}
