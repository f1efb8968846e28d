package io.cobranza.domain.contact.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search for the earliest instant allowed by local time, across daylight-saving changes. */
class LocalTimeSearchTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void aBoundaryInsideTheSpringGapIsReachedWhenTheClocksJump() {
    // Allowed from 02:30 local; on 8 March 2026 local time jumps from 02:00 CST to 03:00 CDT.
    var from = Instant.parse("2026-03-08T06:00:00Z"); // 00:00 CST
    var earliest =
        LocalTimeSearch.earliest(
            from,
            Set.of(CHICAGO),
            local -> !local.toLocalTime().isBefore(LocalTime.of(2, 30)),
            List.of(LocalTime.of(2, 30)));
    assertThat(earliest).contains(Instant.parse("2026-03-08T08:00:00Z"));
  }

  @Test
  void aLocalTimeRepeatedInTheAutumnOverlapIsFoundTheSecondTime() {
    // 01:30-01:45 occurs twice on 1 November 2026; from 01:50 CDT the next is 01:30 CST.
    var from = Instant.parse("2026-11-01T06:50:00Z");
    var allowedFrom = LocalTime.of(1, 30);
    var allowedTo = LocalTime.of(1, 45);
    var earliest =
        LocalTimeSearch.earliest(
            from,
            Set.of(CHICAGO),
            local ->
                !local.toLocalTime().isBefore(allowedFrom)
                    && local.toLocalTime().isBefore(allowedTo),
            List.of(allowedFrom, allowedTo));
    assertThat(earliest).contains(Instant.parse("2026-11-01T07:30:00Z"));
  }

  @Test
  void aRuleThatNeverAllowsFindsNothing() {
    assertThat(
            LocalTimeSearch.earliest(
                Instant.parse("2026-01-01T00:00:00Z"), Set.of(CHICAGO), local -> false, List.of()))
        .isEmpty();
  }
}
