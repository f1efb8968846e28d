package io.cobranza.adapters.persistence.refresh;

import static io.cobranza.adapters.persistence.jooq.Tables.SEGMENTATIONS;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.segment.SegmentationDocuments;
import io.cobranza.application.refresh.Segmentations;
import io.cobranza.domain.segment.Segmentation;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@link Segmentations} in the append-only table segmentations: each version's definition is its
 * JSON document ({@link SegmentationDocuments}), read back through its validation.
 */
public final class JooqSegmentations implements Segmentations {
  private final DSLContext dsl;

  public JooqSegmentations(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Segmentation> latest(String id) {
    return dsl.select(SEGMENTATIONS.DEFINITION)
        .from(SEGMENTATIONS)
        .where(SEGMENTATIONS.ID.eq(id))
        .orderBy(SEGMENTATIONS.VERSION.desc())
        .limit(1)
        .fetchOptional(SEGMENTATIONS.DEFINITION)
        .map(d -> SegmentationDocuments.read(d.data(), DocumentFormat.JSON).orElseThrow());
  }

  @Override
  public Optional<Segmentation> find(String id, int version) {
    return dsl.select(SEGMENTATIONS.DEFINITION)
        .from(SEGMENTATIONS)
        .where(SEGMENTATIONS.ID.eq(id))
        .and(SEGMENTATIONS.VERSION.eq(version))
        .fetchOptional(SEGMENTATIONS.DEFINITION)
        .map(d -> SegmentationDocuments.read(d.data(), DocumentFormat.JSON).orElseThrow());
  }

  @Override
  public boolean addVersion(Segmentation segmentation) {
    return dsl.insertInto(SEGMENTATIONS)
            .set(SEGMENTATIONS.ID, segmentation.id())
            .set(SEGMENTATIONS.VERSION, segmentation.version())
            .set(
                SEGMENTATIONS.DEFINITION,
                JSONB.valueOf(SegmentationDocuments.write(segmentation, DocumentFormat.JSON)))
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
