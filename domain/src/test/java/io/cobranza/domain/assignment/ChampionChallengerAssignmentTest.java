package io.cobranza.domain.assignment;

import static io.cobranza.domain.assignment.Arm.challenger;
import static io.cobranza.domain.assignment.Arm.champion;
import static io.cobranza.domain.assignment.Arm.holdout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.segment.SegmentId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChampionChallengerAssignmentTest {
  private static final SegmentId EARLY = SegmentId.of("early-low-risk");
  private static final int DEBTORS = 100_000;
  private static final long SEED = 20_260_301L;

  private static AssignmentPolicy policy(int version, Split earlySplit) {
    return new AssignmentPolicy(
        "collections",
        version,
        SEED,
        List.of(new SegmentRule(EARLY, earlySplit)),
        Split.only("standard", 7));
  }

  private static final AssignmentPolicy SEVENTY_TWENTY_TEN =
      policy(
          1,
          Split.of(
              champion("champion", "soft-touch", 4, 7_000),
              challenger("sms-first", "sms-first", 1, 2_000),
              holdout("control", "letters-only", 1, 1_000)));

  private static List<DebtorId> debtors() {
    return IntStream.range(0, DEBTORS).mapToObj(i -> DebtorId.of("D-" + i)).toList();
  }

  private static Map<String, Integer> countByArm(AssignmentPolicy policy) {
    var counts = new HashMap<String, Integer>();
    for (var debtor : debtors()) {
      counts.merge(policy.assign(debtor, EARLY).arm(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void aDebtorInAListedSegmentGetsAnArmOfThatSegmentsSplitAndTheRecordSaysWhich() {
    var a = SEVENTY_TWENTY_TEN.assign(DebtorId.of("D-1"), EARLY);

    assertThat(a.debtorId()).isEqualTo(DebtorId.of("D-1"));
    assertThat(a.segment()).isEqualTo(EARLY);
    assertThat(a.byDefaultRule()).isFalse();
    assertThat(a.policyId()).isEqualTo("collections");
    assertThat(a.policyVersion()).isEqualTo(1);
    // D-1 hashes to bucket 5335 under this seed: past the challenger's 0-1999, in the champion's
    // 2000-8999.
    assertThat(a.bucket()).isEqualTo(Buckets.bucketOf(DebtorId.of("D-1"), SEED));
    assertThat(a.arm())
        .isEqualTo(a.bucket() < 2_000 ? "sms-first" : a.bucket() < 9_000 ? "champion" : "control");
  }

  @Test
  void aDebtorInAnUnlistedSegmentOrInNoneGetsTheDefault() {
    var unlisted = SEVENTY_TWENTY_TEN.assign(DebtorId.of("D-1"), SegmentId.of("unknown"));
    var none = SEVENTY_TWENTY_TEN.assign(DebtorId.of("D-1"), null);

    assertThat(unlisted.byDefaultRule()).isTrue();
    assertThat(unlisted.segment()).isEqualTo(SegmentId.of("unknown"));
    assertThat(unlisted.protocolId()).isEqualTo("standard");
    assertThat(unlisted.protocolVersion()).isEqualTo(7);
    assertThat(unlisted.role()).isEqualTo(ArmRole.CHAMPION);
    assertThat(none.byDefaultRule()).isTrue();
    assertThat(none.segment()).isNull();
    assertThat(none.protocolId()).isEqualTo("standard");
  }

  @Test
  void theBucketIsTheDocumentedSha256OfSeedAndDebtorId() {
    // Computed independently: int.from_bytes(sha256(pack('>q', seed) + id.encode())[:8]) % 10000
    assertThat(Buckets.bucketOf(DebtorId.of("D-1"), 42)).isEqualTo(5335);
    assertThat(Buckets.bucketOf(DebtorId.of("D-2"), 42)).isEqualTo(3081);
    assertThat(Buckets.bucketOf(DebtorId.of("deudor-ñ"), -7)).isEqualTo(3862);
  }

  @Test
  void theSameDebtorAlwaysGetsTheSameArm() {
    var again = policy(1, SEVENTY_TWENTY_TEN.segments().getFirst().split());

    for (var debtor : debtors().subList(0, 1_000)) {
      var first = SEVENTY_TWENTY_TEN.assign(debtor, EARLY);
      assertThat(SEVENTY_TWENTY_TEN.assign(debtor, EARLY)).isEqualTo(first);
      assertThat(again.assign(debtor, EARLY)).isEqualTo(first);
    }
  }

  @Test
  void aHundredThousandDebtorsSplitSeventyTwentyTenWithinHalfAPoint() {
    var counts = countByArm(SEVENTY_TWENTY_TEN);

    assertThat(counts.get("champion") / (double) DEBTORS).isCloseTo(0.70, within(0.005));
    assertThat(counts.get("sms-first") / (double) DEBTORS).isCloseTo(0.20, within(0.005));
    assertThat(counts.get("control") / (double) DEBTORS).isCloseTo(0.10, within(0.005));
  }

  @Test
  void addingATenPercentChallengerMovesOnlyAboutTenPercentOfDebtorsAndOnlyToIt() {
    var before = SEVENTY_TWENTY_TEN;
    var after =
        policy(
            2,
            Split.of(
                champion("champion", "soft-touch", 4, 6_000),
                challenger("sms-first", "sms-first", 1, 2_000),
                holdout("control", "letters-only", 1, 1_000),
                challenger("call-first", "call-first", 1, 1_000)));

    int moved = 0;
    for (var debtor : debtors()) {
      var was = before.assign(debtor, EARLY);
      var is = after.assign(debtor, EARLY);
      if (!was.arm().equals(is.arm())) {
        moved++;
        assertThat(was.arm()).isEqualTo("champion");
        assertThat(is.arm()).isEqualTo("call-first");
      }
    }
    assertThat(moved / (double) DEBTORS).isCloseTo(0.10, within(0.005));
  }

  @Test
  void growingTheHoldoutTakesItsNewDebtorsFromTheChampionOnly() {
    var after =
        policy(
            2,
            Split.of(
                champion("champion", "soft-touch", 4, 6_500),
                challenger("sms-first", "sms-first", 1, 2_000),
                holdout("control", "letters-only", 1, 1_500)));

    int moved = 0;
    for (var debtor : debtors()) {
      var was = SEVENTY_TWENTY_TEN.assign(debtor, EARLY).arm();
      var is = after.assign(debtor, EARLY).arm();
      if (!was.equals(is)) {
        moved++;
        assertThat(was + "->" + is).isEqualTo("champion->control");
      }
    }
    assertThat(moved / (double) DEBTORS).isCloseTo(0.05, within(0.005));
  }

  @Test
  void anotherSeedDrawsTheArmsAfresh() {
    int changed = 0;
    for (var debtor : debtors().subList(0, 10_000)) {
      var policySeed = SEVENTY_TWENTY_TEN.assign(debtor, EARLY);
      var otherSeed = SEVENTY_TWENTY_TEN.assign(debtor, EARLY, SEED + 1);
      if (!policySeed.arm().equals(otherSeed.arm())) {
        changed++;
      }
    }
    // Two independent draws differ with probability 1 - (0.7² + 0.2² + 0.1²) = 0.46.
    assertThat(changed / 10_000.0).isCloseTo(0.46, within(0.02));
  }

  @Test
  void anArmWithNoShareGetsNoDebtors() {
    var paused =
        policy(2, Split.of(champion("champion", "p", 1, 10_000), challenger("paused", "q", 1, 0)));

    assertThat(countByArm(paused)).containsOnlyKeys("champion");
  }
}
