package io.cobranza.adapters.documents;

import java.util.Objects;

/**
 * One thing wrong with a document: where (a path such as {@code steps[2].next}) and why.
 *
 * @param path where in the document, or {@code $} for the whole document
 * @param message why it is wrong
 */
public record DocumentProblem(String path, String message) {
  public DocumentProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
