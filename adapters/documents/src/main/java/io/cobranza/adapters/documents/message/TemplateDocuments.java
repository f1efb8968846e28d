package io.cobranza.adapters.documents.message;

import io.cobranza.adapters.documents.DocumentFormat;
import io.cobranza.adapters.documents.DocumentProblem;
import io.cobranza.adapters.documents.DocumentResult;
import io.cobranza.adapters.documents.Documents;
import io.cobranza.domain.contact.ContactPurpose;
import io.cobranza.domain.contact.ContactRuleBook;
import io.cobranza.domain.debtor.Channel;
import io.cobranza.domain.debtor.Jurisdiction;
import io.cobranza.domain.message.Language;
import io.cobranza.domain.message.MessageTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads message templates from YAML or JSON and writes them back. Reading reports every problem at
 * once with its path ({@code variants.es.body}, {@code reach[1]}): first what the document gets
 * wrong (missing fields, unknown channels, purposes, countries or languages), then, when contact
 * rules are given, what the template validator finds (missing disclosures, unknown placeholders,
 * lengths, false urgency). A directory of templates is read whole, each problem prefixed with its
 * file.
 */
public final class TemplateDocuments {
  private TemplateDocuments() {}

  /** Reads a template from text, checking the document only (a stored version, say). */
  public static DocumentResult<MessageTemplate> read(String text, DocumentFormat format) {
    return switch (Documents.parse(text, format, TemplateDocument.class)) {
      case DocumentResult.Invalid<TemplateDocument> invalid ->
          new DocumentResult.Invalid<>(invalid.problems());
      case DocumentResult.Read<TemplateDocument> read -> new Mapping().toTemplate(read.value());
    };
  }

  /** Reads a template from text and validates it under {@code rules}. */
  public static DocumentResult<MessageTemplate> read(
      String text, DocumentFormat format, ContactRuleBook rules) {
    var read = read(text, format);
    if (read instanceof DocumentResult.Read<MessageTemplate>(var template)) {
      var errors = template.validate(rules);
      if (!errors.isEmpty()) {
        return new DocumentResult.Invalid<>(
            errors.stream().map(e -> new DocumentProblem(e.field(), e.message())).toList());
      }
    }
    return read;
  }

  /** Reads a template file, validated under {@code rules}; its extension says the format. */
  public static DocumentResult<MessageTemplate> read(Path file, ContactRuleBook rules) {
    return read(text(file), DocumentFormat.of(file), rules);
  }

  /**
   * Reads every {@code .yaml}, {@code .yml} and {@code .json} file of a directory as a template,
   * each validated under {@code rules}; every problem of every file is reported, prefixed with the
   * file's name, and so is a name and version written twice.
   */
  public static DocumentResult<List<MessageTemplate>> readDirectory(
      Path directory, ContactRuleBook rules) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(f -> f.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    var templates = new ArrayList<MessageTemplate>();
    var problems = new ArrayList<DocumentProblem>();
    var seen = new HashMap<String, String>();
    for (var file : files) {
      var name = file.getFileName().toString();
      switch (read(file, rules)) {
        case DocumentResult.Read<MessageTemplate>(var template) -> {
          var earlier = seen.putIfAbsent(template.label(), name);
          if (earlier != null) {
            problems.add(
                new DocumentProblem(
                    name + ": name", template.label() + " is also defined in " + earlier));
          }
          templates.add(template);
        }
        case DocumentResult.Invalid<MessageTemplate>(var found) ->
            found.forEach(
                p -> problems.add(new DocumentProblem(name + ": " + p.path(), p.message())));
      }
    }
    return problems.isEmpty()
        ? new DocumentResult.Read<>(List.copyOf(templates))
        : new DocumentResult.Invalid<>(problems);
  }

  /** Writes a template as text in a format; reading it back gives an equal template. */
  public static String write(MessageTemplate template, DocumentFormat format) {
    var variants = new LinkedHashMap<String, TemplateDocument.@Nullable VariantDocument>();
    template
        .variants()
        .forEach((language, variant) ->
            variants.put(
                language.code(),
                new TemplateDocument.VariantDocument(variant.subject(), variant.body())));
    return Documents.write(
        new TemplateDocument(
            template.name(),
            template.version(),
            template.channel().name(),
            template.purposes().stream().map(Enum::name).toList(),
            template.reach().stream().map(Jurisdiction::code).toList(),
            template.limitedContent() ? Boolean.TRUE : null,
            variants),
        format);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The mapping from a document, collecting problems as it goes. */
  private static final class Mapping {
    private final List<DocumentProblem> problems = new ArrayList<>();

    DocumentResult<MessageTemplate> toTemplate(TemplateDocument doc) {
      var name = doc.name();
      if (name == null || name.isBlank()) {
        problems.add(new DocumentProblem("name", "is required"));
      }
      if (doc.version() == null) {
        problems.add(new DocumentProblem("version", "is required"));
      }
      var channel = choice(Channel.class, doc.channel(), "channel");
      var purposes = EnumSet.noneOf(ContactPurpose.class);
      if (doc.purposes() == null || doc.purposes().isEmpty()) {
        problems.add(new DocumentProblem("purposes", "at least one purpose is required"));
      } else {
        for (int i = 0; i < doc.purposes().size(); i++) {
          var purpose = choice(ContactPurpose.class, doc.purposes().get(i), "purposes[" + i + "]");
          if (purpose != null) {
            purposes.add(purpose);
          }
        }
      }
      var reach = new LinkedHashSet<Jurisdiction>();
      if (doc.reach() == null || doc.reach().isEmpty()) {
        problems.add(new DocumentProblem("reach", "at least one country is required"));
      } else {
        for (int i = 0; i < doc.reach().size(); i++) {
          var code = doc.reach().get(i);
          try {
            reach.add(Jurisdiction.of(code == null ? "" : code.trim()));
          } catch (IllegalArgumentException e) {
            problems.add(
                new DocumentProblem(
                    "reach[" + i + "]",
                    "'" + code + "' is not an ISO 3166 country code such as US"));
          }
        }
      }
      var variants = new EnumMap<Language, MessageTemplate.Variant>(Language.class);
      if (doc.variants() == null || doc.variants().isEmpty()) {
        problems.add(new DocumentProblem("variants", "at least one language is required"));
      } else {
        doc.variants().forEach((code, variant) -> variant(code, variant, variants));
      }
      if (!problems.isEmpty() || name == null || doc.version() == null || channel == null) {
        return new DocumentResult.Invalid<>(problems);
      }
      return new DocumentResult.Read<>(
          new MessageTemplate(
              name,
              doc.version(),
              channel,
              purposes,
              reach,
              Boolean.TRUE.equals(doc.limitedContent()),
              variants));
    }

    private void variant(
        String code,
        TemplateDocument.@Nullable VariantDocument variant,
        EnumMap<Language, MessageTemplate.Variant> variants) {
      var path = "variants." + code;
      var language = Language.ofCode(code.trim().toLowerCase(Locale.ROOT));
      if (language.isEmpty()) {
        problems.add(
            new DocumentProblem(
                path,
                "unknown language '"
                    + code
                    + "'; one of "
                    + oneOf(Arrays.stream(Language.values()).map(Language::code))));
        return;
      }
      if (variant == null) {
        problems.add(
            new DocumentProblem(path, "the " + code + " variant is missing: give its body"));
        return;
      }
      if (variant.body() == null) {
        problems.add(new DocumentProblem(path + ".body", "is required"));
        return;
      }
      variants.put(language.get(), new MessageTemplate.Variant(variant.subject(), variant.body()));
    }

    private <E extends Enum<E>> @Nullable E choice(
        Class<E> type, @Nullable String value, String path) {
      if (value == null || value.isBlank()) {
        problems.add(new DocumentProblem(path, "is required"));
        return null;
      }
      try {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problems.add(
            new DocumentProblem(
                path,
                "unknown value '"
                    + value
                    + "'; one of "
                    + oneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name))));
        return null;
      }
    }
  }

  /** The choices, for a message: {@code en, es}. */
  private static String oneOf(Stream<String> choices) {
    return choices.collect(Collectors.joining(", "));
  }
}
