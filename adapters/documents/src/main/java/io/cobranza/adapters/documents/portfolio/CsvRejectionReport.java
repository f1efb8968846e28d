package io.cobranza.adapters.documents.portfolio;

import io.cobranza.application.portfolio.RejectionReport;
import io.cobranza.application.portfolio.RowProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rejected rows as CSV: {@code line,field,value,reason}, quoted where needed. */
public final class CsvRejectionReport implements RejectionReport {
  /** The report's header. */
  public static final String HEADER = "line,field,value,reason";

  @Override
  public RejectionReport.Writer open(Path file) {
    try {
      var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      out.write(HEADER);
      out.write('\n');
      return new CsvWriter(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the report " + file, e);
    }
  }

  /** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180). */
  static String quote(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + value.replace("\"", "\"\"") + '"';
      }
    }
    return value;
  }

  private record CsvWriter(java.io.Writer out) implements RejectionReport.Writer {
    @Override
    public void write(RowProblem problem) {
      try {
        out.write(Long.toString(problem.line()));
        out.write(',');
        out.write(quote(problem.field()));
        out.write(',');
        out.write(quote(problem.value()));
        out.write(',');
        out.write(quote(problem.reason()));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the report", e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the report", e);
      }
    }
  }
}
