package io.cobranza.archfixture.workflows;

import java.time.Instant;

/** Reads the wall clock in an activity: allowed, and the determinism rule must not flag it. */
public class ClockActivitiesImpl implements ClockActivities {
  @Override
  public String now() {
    return Instant.now().toString();
  }
}
