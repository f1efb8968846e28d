package io.cobranza.archfixture.workflows;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Workflow-side code that reads the wall clock: breaks workflow-code-is-deterministic. */
public final class WorkflowCalendar {
  private WorkflowCalendar() {}

  /** Today by the wall clock, which a replay would see differently. */
  public static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
