package io.cobranza.adapters.documents.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet;
import io.cobranza.domain.debtor.Channel;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetDocumentsTest {
  private static final Path EXAMPLE =
      Path.of("..", "..", "docs", "rule-sets", "example-firm-policy.yaml");

  private static List<DocumentProblem> problems(String yaml) {
    var result = RuleSetDocuments.read(yaml, DocumentFormat.YAML);
    assertThat(result).isInstanceOf(DocumentResult.Invalid.class);
    return ((DocumentResult.Invalid<ConfigurableRuleSet>) result).problems();
  }

  @Test
  void theShippedExampleIsReadAndBuildsRulesNamingItsSource() {
    var ruleSet = RuleSetDocuments.read(EXAMPLE).orElseThrow();

    assertThat(ruleSet.caps()).hasSize(2);
    assertThat(ruleSet.caps().getFirst().channels()).contains(Channel.VOICE);
    assertThat(ruleSet.contactHours().from()).isEqualTo(LocalTime.of(9, 0));
    var rules = ruleSet.toRules();
    assertThat(rules.policies())
        .extracting(p -> p.rule().id())
        .contains("example.calls-per-week", "example.texts-per-day", "contact-hours");
    assertThat(rules.policies())
        .filteredOn(p -> p.rule().id().startsWith("example."))
        .allSatisfy(p -> assertThat(p.rule().provision()).contains("Example Ltd"));
  }

  @Test
  void writingAndReadingBackGivesTheSameRuleSetInBothFormats() {
    var ruleSet = RuleSetDocuments.read(EXAMPLE).orElseThrow();
    for (var format : DocumentFormat.values()) {
      var text = RuleSetDocuments.write(ruleSet, format);
      assertThat(RuleSetDocuments.read(text, format).orElseThrow()).isEqualTo(ruleSet);
    }
  }

  @Test
  void everyMistakeOfTheSpecIsListedWithItsField() {
    var found =
        problems(
            """
            name: Broken
            timeZones: [Mars/Olympus]
            caps:
              - id: x
                channels: [SMS]
                max: 0
                windowDays: 7
                scope: PER_DEBT
            contactHours: {from: "21:00", to: "08:00"}
            """);

    assertThat(found)
        .extracting(DocumentProblem::path)
        .contains("source", "timeZones[0]", "caps[0].max", "contactHours.to");
  }

  @Test
  void anUnknownChannelIsAProblemWithItsPath() {
    var found =
        problems(
            """
            name: Typo
            source: test
            timeZones: [Europe/Madrid]
            caps:
              - {id: x, channels: [FAX], max: 1, windowDays: 1, scope: PER_PERSON}
            """);

    assertThat(found)
        .singleElement()
        .satisfies(p -> assertThat(p.path()).startsWith("caps[0].channels"));
  }
}
