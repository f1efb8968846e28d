package io.cobranza.adapters.documents;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Parses a document's text into a plain data tree (records of the document's format), turning
 * Jackson's errors into {@link DocumentProblem}s with the path of the offending field.
 */
public final class Documents {
  private Documents() {}

  /** The document as a {@code type}, or its parse problem. */
  public static <D> DocumentResult<D> parse(String text, DocumentFormat format, Class<D> type) {
    if (text.isBlank()) {
      return new DocumentResult.Invalid<>(
          List.of(new DocumentProblem("$", "the document is empty")));
    }
    try {
      var value = format.mapper().readValue(text, type);
      if (value == null) {
        return new DocumentResult.Invalid<>(
            List.of(new DocumentProblem("$", "the document is empty")));
      }
      return new DocumentResult.Read<>(value);
    } catch (JacksonException e) {
      return new DocumentResult.Invalid<>(
          List.of(new DocumentProblem(pathOf(e), e.getOriginalMessage())));
    }
  }

  /** Writes a data tree as text in the format. */
  public static String write(Object document, DocumentFormat format) {
    return format.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  static String pathOf(JacksonException e) {
    var path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      }
    }
    return path.isEmpty() ? "$" : path.toString();
  }
}
