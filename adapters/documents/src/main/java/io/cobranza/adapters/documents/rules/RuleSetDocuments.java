package io.cobranza.adapters.documents.rules;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.contact.configurable.ConfigurableRuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an operator's contact rule set (caps, contact hours, days, holidays) from YAML or JSON and
 * writes it back. The document maps one to one onto {@link ConfigurableRuleSet}, whose own
 * validation lists every error with its field.
 */
public final class RuleSetDocuments {
  private RuleSetDocuments() {}

  /** Reads a rule set file; its extension says the format. */
  public static DocumentResult<ConfigurableRuleSet> read(Path file) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), DocumentFormat.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads a rule set from text in a format, valid or with every problem listed. */
  public static DocumentResult<ConfigurableRuleSet> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, ConfigurableRuleSet.class)) {
      case DocumentResult.Invalid<ConfigurableRuleSet> invalid -> invalid;
      case DocumentResult.Read<ConfigurableRuleSet> read -> {
        var errors = read.value().validate();
        yield errors.isEmpty()
            ? read
            : new DocumentResult.Invalid<>(
                errors.stream().map(e -> new DocumentProblem(e.field(), e.message())).toList());
      }
    };
  }

  /** Writes a rule set as text in a format. */
  public static String write(ConfigurableRuleSet ruleSet, DocumentFormat format) {
    return Documents.write(ruleSet, format);
  }
}
