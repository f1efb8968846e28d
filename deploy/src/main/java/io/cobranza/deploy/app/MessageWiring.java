package io.cobranza.deploy.app;

import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.message.TemplateDocuments;
import io.cobranza.adapters.persistence.PersistenceConfiguration;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.message.DefineTemplate;
import io.cobranza.application.message.DefineTemplateUseCase;
import io.cobranza.application.message.DefiningTemplate;
import io.cobranza.application.message.MessageRendering;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.message.FirmDetails;
import io.cobranza.domain.message.MessageRenderer;
import io.cobranza.domain.message.MessageTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the messages contacts send: the firm they come from ({@code cobranza.firm.*}), the stored
 * templates, the renderer whose facts the gate judges (a template that cannot be rendered is on the
 * audit trail as {@code message.not-rendered}), and the use case that defines a template. With
 * {@code cobranza.templates.directory} (such as {@code docs/templates}) every template of that
 * directory whose version is not stored yet is defined at start-up, before any worker renders.
 */
@Configuration(proxyBeanMethods = false)
class MessageWiring {
  private static final Logger log = LoggerFactory.getLogger(MessageWiring.class);

  @Bean
  FirmDetails firmDetails(
      @Value("${cobranza.firm.name:Example Collections}") String name,
      @Value("${cobranza.firm.trading-name:EC Services}") String tradingName,
      @Value("${cobranza.firm.phone:+1 555 010 0000}") String phone,
      @Value("${cobranza.firm.mailing-address:PO Box 100, Springfield}") String mailingAddress,
      @Value("${cobranza.firm.contact-person:Customer Care}") String contactPerson,
      @Value("${cobranza.firm.payment-link:https://pay.example.invalid}") String paymentLink) {
    return new FirmDetails(name, tradingName, phone, mailingAddress, contactPerson, paymentLink);
  }

  @Bean
  DefineTemplateUseCase defineTemplate(
      PersistenceConfiguration persistence, ContactRuleBook rules) {
    return new DefiningTemplate(
        persistence.templates(),
        rules,
        persistence.auditTrail(),
        persistence.transactions(),
        Clock.systemUTC());
  }

  @Bean
  MessageRendering messageRendering(
      PersistenceConfiguration persistence,
      FirmDetails firm,
      ContactRuleBook rules,
      DefineTemplateUseCase define,
      @Value("${cobranza.templates.directory:}") String directory) {
    if (!directory.isBlank()) {
      defineShipped(Path.of(directory), persistence, rules, define);
    }
    var audit = persistence.auditTrail();
    return MessageRendering.of(
        persistence.templates(),
        new MessageRenderer(firm, rules),
        notRendered ->
            audit.record(
                new AuditEntry(
                    AuditEntry.PLATFORM,
                    Clock.systemUTC().instant(),
                    "message.not-rendered",
                    "template",
                    notRendered.template(),
                    null,
                    String.join("; ", notRendered.problems()))));
  }

  /** Defines each template of {@code directory} whose version is not stored yet. */
  private static void defineShipped(
      Path directory,
      PersistenceConfiguration persistence,
      ContactRuleBook rules,
      DefineTemplateUseCase define) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException(
          "cobranza.templates.directory: " + directory + " is not a directory");
    }
    List<MessageTemplate> templates =
        switch (TemplateDocuments.readDirectory(directory, rules)) {
          case DocumentResult.Read<List<MessageTemplate>>(var read) -> read;
          case DocumentResult.Invalid<List<MessageTemplate>>(var problems) ->
              throw new IllegalStateException(
                  "cobranza.templates.directory: " + directory + " has problems: " + problems);
        };
    var stored = persistence.templates();
    for (var template : templates) {
      if (stored.find(template.name(), template.version()).isEmpty()) {
        var result = define.define(new DefineTemplate(template, AuditEntry.PLATFORM));
        log.info("template {} from {}: {}", template.label(), directory, result);
      }
    }
  }
}
