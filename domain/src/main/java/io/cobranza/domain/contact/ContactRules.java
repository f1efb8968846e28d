package io.cobranza.domain.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A named set of contact policies for a jurisdiction, such as "US Regulation F" or an operator's
 * own rule set. Every policy in it applies to every contact with the recipients it names.
 *
 * @param name the rule set's name
 * @param policies the policies, in the order their reasons are reported
 */
public record ContactRules(String name, List<ContactPolicy> policies) {
  public ContactRules {
    Objects.requireNonNull(name, "name");
    policies = List.copyOf(policies);
    var ids = new HashSet<String>();
    for (var policy : policies) {
      if (!ids.add(policy.rule().id())) {
        throw new IllegalArgumentException(
            "policies: rule " + policy.rule().id() + " appears twice in " + name);
      }
    }
  }

  /** The policies that judge a contact with a recipient of {@code kind}, in order. */
  public List<ContactPolicy> policiesFor(Recipient.Kind kind) {
    return policies.stream().filter(p -> p.recipients().contains(kind)).toList();
  }

  /**
   * What a message to a debtor under these rules must say: the requirements of every policy that
   * has any, so that a rule set built on a regulation's keeps the regulation's.
   */
  public MessageRequirements messageRequirements() {
    var all = MessageRequirements.none();
    for (var policy : policies) {
      all = all.plus(policy.messageRequirements());
    }
    return all;
  }

  /** This rule set with more policies (for example a firm's own on top of a regulation's). */
  public ContactRules plus(String newName, List<ContactPolicy> more) {
    var all = new java.util.ArrayList<>(policies);
    all.addAll(more);
    return new ContactRules(newName, all);
  }
}
