package io.cobranza.application.portfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a file through validation into the store in chunks, writing every rejection to the
 * report.
 *
 * <p>Safe to kill: each chunk is committed with the import's progress, so a re-run of the same file
 * (recognised by its SHA-256) skips what was committed and finishes the rest. The skipped rows are
 * still parsed and validated, so the report of a resumed run lists every rejected row of the file.
 * Memory is one chunk plus the reader's buffer, whatever the file's size: duplicate ids across the
 * file are caught by the store's natural keys, not by a set of every id seen.
 */
public final class ImportingPortfolio implements ImportPortfolioUseCase {
  private final PortfolioReader reader;
  private final PortfolioStore store;
  private final RejectionReport rejectionReport;
  private final Clock clock;

  /** The service over its ports and clock. */
  public ImportingPortfolio(
      PortfolioReader reader, PortfolioStore store, RejectionReport rejectionReport, Clock clock) {
    this.reader = reader;
    this.store = store;
    this.rejectionReport = rejectionReport;
    this.clock = clock;
  }

  @Override
  public ImportReport importPortfolio(ImportPortfolio command, ImportProgressListener listener) {
    var started = clock.instant();
    var fingerprint = FileFingerprint.of(command.file());
    var fileName = String.valueOf(command.file().getFileName());
    var progress = store.begin(fingerprint, fileName);
    if (progress instanceof ImportProgress.Completed completed) {
      return new ImportReport(
          ImportReport.Outcome.ALREADY_IMPORTED,
          fingerprint,
          0,
          0,
          0,
          completed.summary().accepted(),
          command.reportFile(),
          Duration.between(started, clock.instant()));
    }
    var run = new Run(command, fingerprint, progress, listener, size(command.file()));
    try (var rows = reader.open(command.file(), command.format());
        var report = rejectionReport.open(command.reportFile())) {
      run.readAll(rows, report, new PortfolioRowValidator(command.limits(), today(started)));
    }
    store.complete(
        fingerprint,
        new ImportSummary(
            run.acceptedBefore + run.accepted,
            run.rejected,
            run.duplicatesBefore + run.duplicates,
            run.lastLine));
    return new ImportReport(
        run.resumeAfter > 0 ? ImportReport.Outcome.RESUMED : ImportReport.Outcome.IMPORTED,
        fingerprint,
        run.accepted,
        run.rejected,
        run.duplicates,
        run.skipped,
        command.reportFile(),
        Duration.between(started, clock.instant()));
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The state of one run over one file. */
  private final class Run {
    private final ImportPortfolio command;
    private final String fingerprint;
    private final ImportProgressListener listener;
    private final long totalBytes;
    private final long resumeAfter;
    private final long acceptedBefore;
    private final long duplicatesBefore;
    private final List<ValidatedAccount> chunk;
    private long accepted;
    private long rejected;
    private long duplicates;
    private long skipped;
    private long rows;
    private long lastLine;
    private long committedLine;
    private long lastRejectedLine = -1;

    Run(
        ImportPortfolio command,
        String fingerprint,
        ImportProgress progress,
        ImportProgressListener listener,
        long totalBytes) {
      this.command = command;
      this.fingerprint = fingerprint;
      this.listener = listener;
      this.totalBytes = totalBytes;
      if (progress instanceof ImportProgress.InProgress earlier) {
        resumeAfter = earlier.lastCommittedLine();
        acceptedBefore = earlier.accepted();
        duplicatesBefore = earlier.duplicates();
      } else {
        resumeAfter = 0;
        acceptedBefore = 0;
        duplicatesBefore = 0;
      }
      committedLine = resumeAfter;
      chunk = new ArrayList<>(Math.min(command.chunkSize(), 65_536));
    }

    void readAll(
        PortfolioReader.Rows source, RejectionReport.Writer report, PortfolioRowValidator rules) {
      for (PortfolioEntry entry; (entry = source.next()) != null; ) {
        if (entry.line() != lastLine) {
          rows++;
          lastLine = Math.max(lastLine, entry.line());
        }
        switch (entry) {
          case RowProblem problem -> reject(report, problem);
          case PortfolioRow row -> {
            switch (rules.validate(row)) {
              case PortfolioRowValidator.Verdict.Invalid invalid -> {
                for (var problem : invalid.problems()) {
                  reject(report, problem);
                }
              }
              case PortfolioRowValidator.Verdict.Valid valid -> {
                if (row.line() <= resumeAfter) {
                  skipped++;
                } else {
                  chunk.add(valid.account());
                  if (chunk.size() >= command.chunkSize()) {
                    flush(report, source);
                  }
                }
              }
            }
          }
        }
      }
      if (!chunk.isEmpty() || lastLine > committedLine) {
        flush(report, source);
      }
    }

    private void reject(RejectionReport.Writer report, RowProblem problem) {
      report.write(problem);
      if (problem.line() != lastRejectedLine) {
        lastRejectedLine = problem.line();
        rejected++;
      }
    }

    private void flush(RejectionReport.Writer report, PortfolioReader.Rows source) {
      var result = store.writeChunk(fingerprint, List.copyOf(chunk), lastLine);
      chunk.clear();
      committedLine = lastLine;
      accepted += result.written();
      duplicates += result.duplicates().size();
      for (var duplicate : result.duplicates()) {
        report.write(duplicate);
      }
      listener.progressed(source.bytesRead(), totalBytes, rows);
    }
  }
}
