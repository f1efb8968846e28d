package io.cobranza.adapters.documents.portfolio;

import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioReader;
import io.cobranza.application.portfolio.PortfolioRow;
import io.cobranza.application.portfolio.RowProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file with a header: the header is read first and checked by the format; each
 * record then becomes a row or the problems that kept it from being one.
 */
abstract class CsvRows implements PortfolioReader.Rows {
  /** Problem values are cut to this length in reports: a 1 MiB field is not worth repeating. */
  private static final int MAX_VALUE_LENGTH = 200;

  private final CsvParser parser;
  private final ArrayDeque<PortfolioEntry> pending = new ArrayDeque<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private int width;
  private boolean headerRead;
  private boolean finished;
  private long line;

  CsvRows(Path file) {
    try {
      parser = new CsvParser(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
  }

  @Override
  public final @Nullable PortfolioEntry next() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    if (finished) {
      return null;
    }
    try {
      if (!headerRead) {
        headerRead = true;
        if (!readHeader()) {
          finished = true;
          return pending.poll();
        }
      }
      while (parser.next()) {
        line = parser.line();
        var malformed = parser.problem();
        if (malformed != null) {
          return new RowProblem(line, "record", "", malformed);
        }
        if (parser.count() != width) {
          return new RowProblem(
              line,
              "record",
              "",
              "has "
                  + parser.count()
                  + " fields but the header has "
                  + width
                  + " (a truncated or unquoted line?)");
        }
        problems.clear();
        var row = map(line);
        if (row != null && problems.isEmpty()) {
          return row;
        }
        pending.addAll(problems);
        return pending.poll();
      }
      finished = true;
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the portfolio file", e);
    }
  }

  private boolean readHeader() throws IOException {
    if (!parser.next()) {
      pending.add(new RowProblem(1, "header", "", "the file is empty: a header is required"));
      return false;
    }
    line = parser.line();
    width = parser.count();
    problems.clear();
    if (parser.problem() != null) {
      problem("header", "", String.valueOf(parser.problem()));
    }
    for (int i = 0; i < width; i++) {
      var name = parser.field(i);
      if (columns.putIfAbsent(name, i) != null) {
        problem("header", name, "the column appears twice");
      }
    }
    checkHeader(columns);
    if (problems.isEmpty()) {
      return true;
    }
    pending.addAll(problems);
    return false;
  }

  /** Checks the header's column names (adding problems); {@code columns} maps name to index. */
  abstract void checkHeader(Map<String, Integer> columns);

  /** The current record as a row, adding a problem for every field that cannot be parsed. */
  abstract @Nullable PortfolioRow map(long line);

  /** The index of a column, or -1. */
  final int column(String name) {
    return columns.getOrDefault(name, -1);
  }

  /** The current record's field at {@code index}, or empty when the column is absent. */
  final String text(int index) {
    return index < 0 ? "" : parser.field(index);
  }

  final void problem(String field, String value, String reason) {
    var shown =
        value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) + "…" : value;
    problems.add(new RowProblem(line, field, shown, reason));
  }

  @Override
  public final long bytesRead() {
    return parser.bytesRead();
  }

  @Override
  public final void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
