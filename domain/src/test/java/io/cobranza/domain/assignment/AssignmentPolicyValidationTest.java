package io.cobranza.domain.assignment;

import static io.cobranza.domain.assignment.Arm.challenger;
import static io.cobranza.domain.assignment.Arm.champion;
import static io.cobranza.domain.assignment.Arm.holdout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cobranza.domain.segment.SegmentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentPolicyValidationTest {
  private static final SegmentId EARLY = SegmentId.of("early-low-risk");
  private static final SegmentId LATE = SegmentId.of("late-high-risk");

  @Test
  void aWellFormedPolicyIsValid() {
    var validation =
        AssignmentPolicy.validate(
            "collections",
            3,
            42L,
            List.of(
                new SegmentRule(
                    EARLY,
                    Split.of(
                        champion("champion", "soft-touch", 4, 8_000),
                        challenger("sms-first", "sms-first", 1, 1_500),
                        holdout("control", "letters-only", 1, 500)))),
            Split.only("standard", 7));

    assertThat(validation).isInstanceOf(PolicyValidation.Valid.class);
    var policy = ((PolicyValidation.Valid) validation).policy();
    assertThat(policy.version()).isEqualTo(3);
    assertThat(policy.segments()).hasSize(1);
  }

  @Test
  void listsEveryErrorInThePolicyAtOnce() {
    var validation =
        AssignmentPolicy.validate(
            "collections",
            1,
            42L,
            List.of(
                new SegmentRule(
                    EARLY,
                    Split.of(
                        champion("a", "soft-touch", 1, 6_000),
                        challenger("a", "sms-first", 1, 3_000))),
                new SegmentRule(
                    LATE,
                    Split.of(
                        champion("champion", "hard", 1, 10_500),
                        challenger("cut", "calls", 1, -500))),
                new SegmentRule(EARLY, Split.only("standard", 1))),
            null);

    assertThat(validation).isInstanceOf(PolicyValidation.Invalid.class);
    assertThat(((PolicyValidation.Invalid) validation).errors())
        .extracting(PolicyError::toString)
        .containsExactly(
            "default: is missing: debtors in no listed segment need a protocol",
            "segments[early-low-risk]: is listed 2 times",
            "segments[early-low-risk].arms[a]: is named 2 times",
            "segments[early-low-risk]: shares add up to 90.00%, not 100.00%",
            "segments[late-high-risk].arms[cut]: has a negative share, -5.00%");
  }

  @Test
  void eachSplitNeedsOneChampionAtMostOneHoldoutAndRealProtocols() {
    var validation =
        AssignmentPolicy.validate(
            " ",
            0,
            42L,
            List.of(
                new SegmentRule(
                    EARLY,
                    Split.of(
                        challenger("x", "", 1, 5_000),
                        holdout("h1", "letters", 0, 2_500),
                        holdout(" ", "letters", 1, 2_500))),
                new SegmentRule(LATE, Split.of())),
            Split.of(champion("c1", "p", 1, 5_000), champion("c2", "p", 1, 5_000)));

    assertThat(((PolicyValidation.Invalid) validation).errors())
        .extracting(PolicyError::toString)
        .containsExactly(
            "id: is blank",
            "version: must be at least 1, was 0",
            "default: needs exactly one champion, has 2",
            "segments[early-low-risk].arms[x]: names no protocol",
            "segments[early-low-risk].arms[h1]: protocol version must be at least 1, was 0",
            "segments[early-low-risk].arms[#3]: has a blank name",
            "segments[early-low-risk]: needs exactly one champion, has 0",
            "segments[early-low-risk]: may have one holdout, has 2",
            "segments[late-high-risk]: has no arms");
  }

  @Test
  void aPausedChallengerWithANoShareIsAllowed() {
    var validation =
        AssignmentPolicy.validate(
            "p",
            1,
            1L,
            List.of(),
            Split.of(champion("champion", "p", 1, 10_000), challenger("paused", "q", 1, 0)));

    assertThat(validation).isInstanceOf(PolicyValidation.Valid.class);
  }

  @Test
  void constructingAnInvalidPolicyInCodeIsABugThatNamesEveryError() {
    assertThatThrownBy(() ->
            new AssignmentPolicy(
                "p",
                1,
                1L,
                List.of(
                    new SegmentRule(EARLY, Split.only("a", 1)),
                    new SegmentRule(EARLY, Split.only("b", 1))),
                Split.of(champion("champion", "p", 1, 9_999))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default: shares add up to 99.99%, not 100.00%")
        .hasMessageContaining("segments[early-low-risk]: is listed 2 times");
  }
}
