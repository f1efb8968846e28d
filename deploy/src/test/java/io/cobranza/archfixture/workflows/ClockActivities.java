package io.cobranza.archfixture.workflows;

import io.temporal.activity.ActivityInterface;

/** An activity: it runs outside the workflow, where the wall clock may be read. */
@ActivityInterface
public interface ClockActivities {
  /** The time now. */
  String now();
}
