package io.cobranza.domain.message;

import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.protocol.ProtocolError;
import io.cobranza.domain.protocol.ProtocolValidation;
import io.cobranza.domain.protocol.Step;
import io.cobranza.domain.protocol.TreatmentProtocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The templates a protocol names, checked beside its structure ({@link
 * io.cobranza.domain.protocol.ProtocolValidator}): every step and option that contacts the debtor
 * names a template that exists, is written for the step's channel, serves the step's purpose,
 * reaches every jurisdiction the protocol is used in, and is valid under the contact rules there.
 * Each mistake names the step and the field ({@code template}, {@code options[2].template}).
 */
public final class ProtocolTemplates {
  private final MessageTemplates templates;
  private final ContactRuleBook rules;
  private final Set<Jurisdiction> usedIn;

  /**
   * A check against a catalog.
   *
   * @param templates the templates protocols may name
   * @param rules the contact rules the templates are checked against
   * @param usedIn the countries whose debtors the protocol may treat
   */
  public ProtocolTemplates(
      MessageTemplates templates, ContactRuleBook rules, Set<Jurisdiction> usedIn) {
    this.templates = templates;
    this.rules = rules;
    this.usedIn = Set.copyOf(usedIn);
  }

  /** Every mistake of the protocol's structure and of the templates it names, or valid. */
  public ProtocolValidation validate(TreatmentProtocol protocol) {
    var errors = new ArrayList<>(protocol.validate().errors());
    errors.addAll(check(protocol));
    return errors.isEmpty()
        ? new ProtocolValidation.Valid()
        : new ProtocolValidation.Invalid(errors);
  }

  /** Every mistake in the templates the protocol names. */
  public List<ProtocolError> check(TreatmentProtocol protocol) {
    var errors = new ArrayList<ProtocolError>();
    // A template named by several steps is validated once.
    var validated = new HashMap<String, List<TemplateError>>();
    for (var step : protocol.steps()) {
      switch (step) {
        case Step.Send s ->
            check(s.id(), "template", s.template(), s.channel(), s.purpose(), validated, errors);
        case Step.Call c ->
            check(
                c.id(),
                "template",
                c.template(),
                c.channel(),
                ContactPurpose.COLLECTION,
                validated,
                errors);
        case Step.OfferPlan o ->
            check(
                o.id(),
                "template",
                o.template(),
                o.channel(),
                ContactPurpose.COLLECTION,
                validated,
                errors);
        case Step.Recommend r -> {
          for (int i = 0; i < r.options().size(); i++) {
            var option = r.options().get(i);
            if (option.isContact() && option.channel() != null && option.template() != null) {
              check(
                  r.id(),
                  "options[" + i + "].template",
                  option.template(),
                  option.channel(),
                  ContactPurpose.COLLECTION,
                  validated,
                  errors);
            }
          }
        }
        case Step.Wait _, Step.HandOff _, Step.Escalate _, Step.End _ -> {}
      }
    }
    return errors;
  }

  private void check(
      String stepId,
      String field,
      String name,
      Channel channel,
      ContactPurpose purpose,
      Map<String, List<TemplateError>> validated,
      List<ProtocolError> errors) {
    if (name.isBlank()) {
      return; // the protocol's own validation reports a blank template
    }
    var found = templates.latest(name);
    if (found.isEmpty()) {
      errors.add(ProtocolError.inStep(stepId, field, "there is no template '" + name + "'"));
      return;
    }
    var template = found.get();
    if (template.channel() != channel) {
      errors.add(
          ProtocolError.inStep(
              stepId,
              field,
              template.label() + " is a " + template.channel() + " template, not " + channel));
    }
    if (!template.purposes().contains(purpose)) {
      errors.add(
          ProtocolError.inStep(
              stepId,
              field,
              template.label() + " does not serve " + purpose + ", only " + template.purposes()));
    }
    for (var country : usedIn.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
      if (!template.reaches(country)) {
        errors.add(
            ProtocolError.inStep(
                stepId,
                field,
                template.label() + " does not reach " + country + ", where the protocol is used"));
      }
    }
    var mistakes = validated.computeIfAbsent(template.label(), k -> template.validate(rules));
    for (var mistake : mistakes) {
      errors.add(
          ProtocolError.inStep(stepId, field, template.label() + " is not valid: " + mistake));
    }
  }
}
