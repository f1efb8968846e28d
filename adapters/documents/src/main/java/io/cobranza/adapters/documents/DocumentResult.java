package io.cobranza.adapters.documents;

import java.util.List;

/** A document read into a value, or every problem that kept it from being read. */
public sealed interface DocumentResult<T> {
  /** Read and valid. */
  record Read<T>(T value) implements DocumentResult<T> {}

  /** Not read: every problem found, each with its path. */
  record Invalid<T>(List<DocumentProblem> problems) implements DocumentResult<T> {
    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("problems: an invalid document has at least one");
      }
    }
  }

  /** The value, or an exception listing every problem. */
  default T orElseThrow() {
    return switch (this) {
      case Read<T> r -> r.value();
      case Invalid<T> i ->
          throw new IllegalArgumentException(
              "invalid document:\n  "
                  + String.join(
                      "\n  ", i.problems().stream().map(DocumentProblem::toString).toList()));
    };
  }
}
