package io.cobranza.adapters.persistence;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The planner's statistics of tables that many rows have just entered: plans made for the tables as
 * they were read the new rows slowly until autovacuum catches up.
 */
public final class PlannerStatistics {
  private PlannerStatistics() {}

  /** Brings the statistics of {@code tables} up to date now ({@code ANALYZE}). */
  public static void analyze(DSLContext dsl, List<String> tables) {
    dsl.execute("ANALYZE " + String.join(", ", tables));
  }
}
