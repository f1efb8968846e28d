package io.cobranza.adapters.persistence.message;

import static io.cobranza.adapters.persistence.jooq.Tables.MESSAGE_TEMPLATES;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.message.TemplateDocuments;
import io.cobranza.adapters.persistence.JooqVersions;
import io.cobranza.application.message.Templates;
import io.cobranza.domain.message.MessageTemplate;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * {@link Templates} in the append-only table message_templates: each version's definition is its
 * JSON document, read back as it was written, whatever the contact rules say now.
 */
public final class JooqTemplates extends JooqVersions<MessageTemplate> implements Templates {

  public JooqTemplates(DSLContext dsl) {
    super(dsl, MESSAGE_TEMPLATES, MESSAGE_TEMPLATES.NAME, JooqTemplates::read);
  }

  @Override
  public boolean addVersion(MessageTemplate template) {
    return insert(
        template.name(),
        template.version(),
        TemplateDocuments.write(template, DocumentFormat.JSON),
        Map.of(MESSAGE_TEMPLATES.CHANNEL, template.channel().name()));
  }

  private static MessageTemplate read(String json) {
    return TemplateDocuments.read(json, DocumentFormat.JSON).orElseThrow();
  }
}
