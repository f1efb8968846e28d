package io.cobranza.adapters.scoring.credit;

import io.cobranza.application.portfolio.RowProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * A credit file with rows that cannot be read: nothing was trained or scored. The message names the
 * first problems by line, column, value and reason, and how many there are in all.
 */
public final class InvalidCreditFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it says how many more there are. */
  static final int SHOWN = 10;

  private final transient List<RowProblem> problems;

  InvalidCreditFileException(Path file, List<RowProblem> problems) {
    super(message(file, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem of the file, in file order. */
  public List<RowProblem> problems() {
    return problems;
  }

  private static String message(Path file, List<RowProblem> problems) {
    var text = new StringBuilder();
    text.append(file)
        .append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append(", nothing was used:");
    for (var problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
      text.append(System.lineSeparator())
          .append("  line ")
          .append(problem.line())
          .append(", ")
          .append(problem.field())
          .append(problem.value().isEmpty() ? "" : " '" + problem.value() + "'")
          .append(": ")
          .append(problem.reason());
    }
    if (problems.size() > SHOWN) {
      text.append(System.lineSeparator())
          .append("  … and ")
          .append(problems.size() - SHOWN)
          .append(" more");
    }
    return text.toString();
  }
}
