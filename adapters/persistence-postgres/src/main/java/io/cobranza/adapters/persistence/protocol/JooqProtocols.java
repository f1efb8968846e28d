package io.cobranza.adapters.persistence.protocol;

import static io.cobranza.adapters.persistence.jooq.Tables.PROTOCOLS;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.application.protocol.Protocols;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * {@link Protocols} in the append-only table protocols: each version's definition is its JSON
 * document, read back through the same validation as a file.
 */
public final class JooqProtocols implements Protocols {
  private final DSLContext dsl;

  public JooqProtocols(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<TreatmentProtocol> find(String id, int version) {
    return dsl.select(PROTOCOLS.DEFINITION)
        .from(PROTOCOLS)
        .where(PROTOCOLS.ID.eq(id).and(PROTOCOLS.VERSION.eq(version)))
        .fetchOptional(PROTOCOLS.DEFINITION)
        .map(JooqProtocols::protocol);
  }

  @Override
  public Optional<TreatmentProtocol> latest(String id) {
    return dsl.select(PROTOCOLS.DEFINITION)
        .from(PROTOCOLS)
        .where(PROTOCOLS.ID.eq(id))
        .orderBy(PROTOCOLS.VERSION.desc())
        .limit(1)
        .fetchOptional(PROTOCOLS.DEFINITION)
        .map(JooqProtocols::protocol);
  }

  @Override
  public boolean addVersion(TreatmentProtocol protocol) {
    var definition = ProtocolDocuments.write(protocol, DocumentFormat.JSON);
    return dsl.insertInto(PROTOCOLS)
            .set(PROTOCOLS.ID, protocol.id())
            .set(PROTOCOLS.VERSION, protocol.version())
            .set(PROTOCOLS.NAME, protocol.name())
            .set(PROTOCOLS.DEFINITION, JSONB.valueOf(definition))
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  private static TreatmentProtocol protocol(JSONB definition) {
    return ProtocolDocuments.read(definition.data(), DocumentFormat.JSON).orElseThrow();
  }
}
