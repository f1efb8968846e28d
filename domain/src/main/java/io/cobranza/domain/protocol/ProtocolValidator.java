package io.cobranza.domain.protocol;

import io.cobranza.domain.behaviour.HourBand;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.debtor.Channel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a treatment protocol and lists every mistake at once: blank ids and names, a version below
 * 1, duplicate step ids, targets (first, next, branches) that name no step, steps the first step
 * cannot reach, loops without a wait, no end or steps from which no end can be reached, durations
 * that are not positive, a recommendation with no options, options that lack what their kind needs.
 */
public final class ProtocolValidator {

  private ProtocolValidator() {}

  /** Every mistake in {@code protocol}, or valid. */
  public static ProtocolValidation validate(TreatmentProtocol protocol) {
    var errors = new ArrayList<ProtocolError>();
    checkProtocolFields(protocol, errors);
    var byId = indexSteps(protocol.steps(), errors);
    for (var step : byId.values()) {
      checkStepFields(step, errors);
    }
    checkTargets(protocol, byId, errors);
    checkGraph(protocol, byId, errors);
    return errors.isEmpty()
        ? new ProtocolValidation.Valid()
        : new ProtocolValidation.Invalid(errors);
  }

  private static void checkProtocolFields(TreatmentProtocol protocol, List<ProtocolError> errors) {
    if (protocol.id().isBlank()) {
      errors.add(ProtocolError.inProtocol("id", "a protocol needs an id"));
    }
    if (protocol.version() < 1) {
      errors.add(
          ProtocolError.inProtocol("version", "versions start at 1, found " + protocol.version()));
    }
    if (protocol.name().isBlank()) {
      errors.add(ProtocolError.inProtocol("name", "a protocol needs a name people can read"));
    }
    if (protocol.promiseGrace().isNegative()) {
      errors.add(
          ProtocolError.inProtocol("promiseGrace", "the grace after a promise cannot be negative"));
    }
    if (protocol.steps().isEmpty()) {
      errors.add(ProtocolError.inProtocol("steps", "a protocol needs at least one step"));
    }
  }

  /** The steps by id, first occurrence only, in protocol order. */
  private static Map<String, Step> indexSteps(List<Step> steps, List<ProtocolError> errors) {
    var byId = new LinkedHashMap<String, Step>();
    var positions = new LinkedHashMap<String, Integer>();
    for (int i = 0; i < steps.size(); i++) {
      var step = steps.get(i);
      if (step.id().isBlank()) {
        errors.add(
            ProtocolError.inStep("steps[" + i + "]", "id", "step " + (i + 1) + " has a blank id"));
        continue;
      }
      var first = positions.putIfAbsent(step.id(), i);
      if (first == null) {
        byId.put(step.id(), step);
      } else {
        errors.add(
            ProtocolError.inStep(
                step.id(),
                "id",
                "the id is used by steps " + (first + 1) + " and " + (i + 1) + "; ids are unique"));
      }
    }
    return byId;
  }

  private static void checkStepFields(Step step, List<ProtocolError> errors) {
    var id = step.id();
    switch (step) {
      case Step.Send s -> {
        requireText(id, "template", s.template(), errors);
        if (s.channel() == Channel.VOICE) {
          errors.add(ProtocolError.inStep(id, "channel", "a voice call is a Call step"));
        }
        if (s.purpose() != ContactPurpose.COLLECTION
            && s.purpose() != ContactPurpose.VALIDATION_NOTICE) {
          // Replies, verification and the notices after a cease are exceptions the contact
          // rules grant to what really is one: a person answers, a use case sends them.
          errors.add(
              ProtocolError.inStep(
                  id,
                  "purpose",
                  "a protocol sends COLLECTION or VALIDATION_NOTICE messages only, not "
                      + s.purpose()));
        }
        requirePositive(id, "awaitOutcome", s.awaitOutcome(), errors);
      }
      case Step.Call c -> {
        requireText(id, "template", c.template(), errors);
        requirePositive(id, "awaitOutcome", c.awaitOutcome(), errors);
      }
      case Step.Wait w -> requirePositive(id, "duration", w.duration(), errors);
      case Step.OfferPlan o -> {
        requireText(id, "template", o.template(), errors);
        requirePositive(id, "awaitOutcome", o.awaitOutcome(), errors);
        if (o.maxInstalments() < 1) {
          errors.add(
              ProtocolError.inStep(
                  id,
                  "maxInstalments",
                  "a plan has at least one instalment, found " + o.maxInstalments()));
        }
      }
      case Step.Recommend r -> {
        requirePositive(id, "awaitOutcome", r.awaitOutcome(), errors);
        if (r.options().isEmpty()) {
          errors.add(
              ProtocolError.inStep(
                  id, "options", "a recommendation needs at least one action to choose from"));
        }
        var seen = new HashSet<ActionOption>();
        var banded = new HashSet<ActionOption>();
        var atOnce = new HashSet<ActionOption>();
        for (int i = 0; i < r.options().size(); i++) {
          var option = r.options().get(i);
          checkOption(id, "options[" + i + "]", option, errors);
          if (!seen.add(option)) {
            errors.add(
                ProtocolError.inStep(
                    id, "options[" + i + "]", option.label() + " is listed more than once"));
          } else {
            // An action is offered at once or in bands of the day, not both.
            var action = option.withoutHours();
            boolean clash =
                option.hours() == null ? banded.contains(action) : atOnce.contains(action);
            (option.hours() == null ? atOnce : banded).add(action);
            if (clash) {
              errors.add(
                  ProtocolError.inStep(
                      id,
                      "options[" + i + "]",
                      action.label()
                          + " is offered both at once and in a band of the day: give every one"
                          + " of its options hours, or none"));
            }
          }
        }
      }
      case Step.HandOff h -> requireText(id, "reason", h.reason(), errors);
      case Step.Escalate _ -> {}
      case Step.End _ -> {}
    }
  }

  private static void checkOption(
      String id, String field, ActionOption option, List<ProtocolError> errors) {
    if (option.kind() == ActionOption.Kind.WAIT) {
      if (option.duration() == null) {
        errors.add(ProtocolError.inStep(id, field, "a WAIT option needs a duration"));
      } else {
        requirePositive(id, field + ".duration", option.duration(), errors);
      }
      if (option.channel() != null
          || option.template() != null
          || option.plan() != null
          || option.hours() != null) {
        errors.add(
            ProtocolError.inStep(
                id,
                field,
                "a WAIT option has a duration only, no channel, template, plan or hours"));
      }
      return;
    }
    if (option.hours() == HourBand.NIGHT) {
      errors.add(
          ProtocolError.inStep(
              id,
              field + ".hours",
              "NIGHT is not a band to contact people in (the contact rules forbid most of it);"
                  + " one of MORNING, AFTERNOON, EVENING"));
    }
    var channel = option.channel();
    if (channel == null) {
      errors.add(ProtocolError.inStep(id, field, "a " + option.kind() + " option needs a channel"));
    } else if (option.kind() == ActionOption.Kind.CALL && !channel.isTelephoneCall()) {
      errors.add(
          ProtocolError.inStep(
              id, field + ".channel", "a CALL option is a telephone call, not " + channel));
    }
    var template = option.template();
    if (template == null || template.isBlank()) {
      errors.add(
          ProtocolError.inStep(id, field, "a " + option.kind() + " option needs a template"));
    }
    var plan = option.plan();
    if (option.kind() == ActionOption.Kind.PLAN_OFFER) {
      if (plan == null) {
        errors.add(
            ProtocolError.inStep(id, field, "a PLAN_OFFER option needs a cadence and instalments"));
      } else if (plan.maxInstalments() < 1) {
        errors.add(
            ProtocolError.inStep(
                id,
                field + ".maxInstalments",
                "a plan has at least one instalment, found " + plan.maxInstalments()));
      }
    } else if (plan != null) {
      errors.add(
          ProtocolError.inStep(
              id, field, "only a PLAN_OFFER option has plan terms, not " + option.kind()));
    }
    if (option.duration() != null) {
      errors.add(
          ProtocolError.inStep(
              id, field, "only a WAIT option has a duration, not " + option.kind()));
    }
  }

  private static void checkTargets(
      TreatmentProtocol protocol, Map<String, Step> byId, List<ProtocolError> errors) {
    if (!byId.containsKey(protocol.firstStep())) {
      errors.add(
          ProtocolError.inProtocol(
              "firstStep", "'" + protocol.firstStep() + "' is not a step of the protocol"));
    }
    for (var step : byId.values()) {
      if (step instanceof Step.Continuing c && !byId.containsKey(c.next())) {
        errors.add(
            ProtocolError.inStep(
                step.id(), "next", "'" + c.next() + "' is not a step of the protocol"));
      }
      for (var branch : step.on().entrySet()) {
        if (!byId.containsKey(branch.getValue())) {
          errors.add(
              ProtocolError.inStep(
                  step.id(),
                  "on." + branch.getKey(),
                  "'" + branch.getValue() + "' is not a step of the protocol"));
        }
      }
    }
  }

  private static void checkGraph(
      TreatmentProtocol protocol, Map<String, Step> byId, List<ProtocolError> errors) {
    var edges = new LinkedHashMap<String, List<String>>();
    for (var step : byId.values()) {
      edges.put(step.id(), step.targets().stream().filter(byId::containsKey).distinct().toList());
    }
    if (byId.containsKey(protocol.firstStep())) {
      var reachable = reach(List.of(protocol.firstStep()), edges);
      for (var id : byId.keySet()) {
        if (!reachable.contains(id)) {
          errors.add(
              ProtocolError.inStep(
                  id,
                  "id",
                  "the step cannot be reached from the first step '" + protocol.firstStep() + "'"));
        }
      }
    }
    checkLoops(byId, edges, errors);
    checkEnds(byId, edges, errors);
  }

  /** Every cycle of steps none of which is a wait: a case would go round it without pause. */
  private static void checkLoops(
      Map<String, Step> byId, Map<String, List<String>> edges, List<ProtocolError> errors) {
    var withoutWaits = new LinkedHashMap<String, List<String>>();
    for (var entry : edges.entrySet()) {
      if (!(byId.get(entry.getKey()) instanceof Step.Wait)) {
        withoutWaits.put(
            entry.getKey(),
            entry.getValue().stream().filter(t -> !(byId.get(t) instanceof Step.Wait)).toList());
      }
    }
    for (var component : stronglyConnected(withoutWaits)) {
      var first = component.getFirst();
      boolean cycle = component.size() > 1 || withoutWaits.get(first).contains(first);
      if (cycle) {
        errors.add(
            ProtocolError.inStep(
                first,
                "next",
                "steps "
                    + component.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "))
                    + " form a loop with no Wait step, so a case could go round it without pause"));
      }
    }
  }

  private static void checkEnds(
      Map<String, Step> byId, Map<String, List<String>> edges, List<ProtocolError> errors) {
    var ends = byId.values().stream().filter(s -> s instanceof Step.End).map(Step::id).toList();
    if (ends.isEmpty()) {
      if (!byId.isEmpty()) {
        errors.add(ProtocolError.inProtocol("steps", "a protocol needs at least one End step"));
      }
      return;
    }
    var reversed = new LinkedHashMap<String, List<String>>();
    for (var id : byId.keySet()) {
      reversed.put(id, new ArrayList<>());
    }
    for (var entry : edges.entrySet()) {
      for (var target : entry.getValue()) {
        reversed.get(target).add(entry.getKey());
      }
    }
    var reachEnd = reach(ends, reversed);
    for (var id : byId.keySet()) {
      if (!reachEnd.contains(id)) {
        errors.add(ProtocolError.inStep(id, "next", "no End step can be reached from this step"));
      }
    }
  }

  private static Set<String> reach(List<String> from, Map<String, List<String>> edges) {
    var seen = new HashSet<String>(from);
    var queue = new ArrayDeque<String>(from);
    while (!queue.isEmpty()) {
      for (var target : edges.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(target)) {
          queue.add(target);
        }
      }
    }
    return seen;
  }

  /**
   * The strongly connected components of a graph (Tarjan), each listed in the graph's order, the
   * components ordered by their first member.
   */
  private static List<List<String>> stronglyConnected(Map<String, List<String>> graph) {
    var order = new ArrayList<>(graph.keySet());
    var tarjan = new Tarjan(graph);
    for (var node : order) {
      if (!tarjan.index.containsKey(node)) {
        tarjan.visit(node);
      }
    }
    var components = new ArrayList<List<String>>();
    for (var component : tarjan.components) {
      components.add(order.stream().filter(component::contains).toList());
    }
    components.sort((a, b) -> order.indexOf(a.getFirst()) - order.indexOf(b.getFirst()));
    return components;
  }

  private static final class Tarjan {
    private final Map<String, List<String>> graph;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, Integer> low = new LinkedHashMap<>();
    private final ArrayDeque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    private Tarjan(Map<String, List<String>> graph) {
      this.graph = graph;
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (var target : graph.getOrDefault(node, List.of())) {
        if (!graph.containsKey(target)) {
          continue;
        }
        if (!index.containsKey(target)) {
          visit(target);
          low.put(node, Math.min(low.get(node), low.get(target)));
        } else if (onStack.contains(target)) {
          low.put(node, Math.min(low.get(node), index.get(target)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        var component = new HashSet<String>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        components.add(component);
      }
    }
  }

  private static void requireText(
      String id, String field, String value, List<ProtocolError> errors) {
    if (value.isBlank()) {
      errors.add(ProtocolError.inStep(id, field, "must not be blank"));
    }
  }

  private static void requirePositive(
      String id, String field, Duration value, List<ProtocolError> errors) {
    if (value.isNegative() || value.isZero()) {
      errors.add(ProtocolError.inStep(id, field, "must be positive, found " + value));
    }
  }
}
