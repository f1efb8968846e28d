package io.cobranza.adapters.persistence.protocol;

import static io.cobranza.adapters.persistence.jooq.Tables.PROTOCOLS;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.protocol.ProtocolDocuments;
import io.cobranza.adapters.persistence.JooqVersions;
import io.cobranza.application.protocol.Protocols;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * {@link Protocols} in the append-only table protocols: each version's definition is its JSON
 * document, read back through the same validation as a file.
 */
public final class JooqProtocols extends JooqVersions<TreatmentProtocol> implements Protocols {

  public JooqProtocols(DSLContext dsl) {
    super(dsl, PROTOCOLS, PROTOCOLS.ID, JooqProtocols::read);
  }

  @Override
  public boolean addVersion(TreatmentProtocol protocol) {
    return insert(
        protocol.id(),
        protocol.version(),
        ProtocolDocuments.write(protocol, DocumentFormat.JSON),
        Map.of(PROTOCOLS.NAME, protocol.name()));
  }

  private static TreatmentProtocol read(String json) {
    return ProtocolDocuments.read(json, DocumentFormat.JSON).orElseThrow();
  }
}
