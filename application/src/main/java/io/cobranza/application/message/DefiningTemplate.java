package io.cobranza.application.message;

import io.cobranza.application.Transactions;
import io.cobranza.application.audit.AuditEntry;
import io.cobranza.application.audit.AuditTrail;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.message.MessageTemplate;
import java.time.Clock;
import java.util.Objects;

/**
 * Validates the template under the contact rules, stores it as the next version, and writes the
 * audit trail.
 */
public final class DefiningTemplate implements DefineTemplateUseCase {
  private final Templates templates;
  private final ContactRuleBook rules;
  private final AuditTrail audit;
  private final Transactions transactions;
  private final Clock clock;

  /** The service over its ports, the contact rules templates must meet, and a clock. */
  public DefiningTemplate(
      Templates templates,
      ContactRuleBook rules,
      AuditTrail audit,
      Transactions transactions,
      Clock clock) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Result define(DefineTemplate command) {
    var template = command.template();
    var errors = template.validate(rules);
    if (!errors.isEmpty()) {
      return new Result.Invalid(errors);
    }
    // The version and its audit entry are written together or not at all.
    return transactions.inTransaction(() -> store(template, command.actor()));
  }

  private Result store(MessageTemplate template, String actor) {
    var latest = templates.latest(template.name());
    int latestVersion = latest.map(MessageTemplate::version).orElse(0);
    if (template.version() != latestVersion + 1 || !templates.addVersion(template)) {
      return new Result.VersionConflict(template.name(), template.version(), latestVersion);
    }
    audit.record(
        new AuditEntry(
            actor,
            clock.instant(),
            "template.defined",
            "template",
            template.name(),
            latest.map(MessageTemplate::label).orElse(null),
            template.label()));
    return new Result.Defined(template.name(), template.version());
  }
}
