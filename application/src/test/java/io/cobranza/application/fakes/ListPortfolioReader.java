package io.cobranza.application.fakes;

import io.cobranza.application.portfolio.PortfolioEntry;
import io.cobranza.application.portfolio.PortfolioFormat;
import io.cobranza.application.portfolio.PortfolioReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@link PortfolioReader} that yields entries given to it per file, whatever the file holds. */
public final class ListPortfolioReader implements PortfolioReader {
  private final Map<Path, List<PortfolioEntry>> files = new HashMap<>();

  /** Reading {@code file} yields {@code entries}. */
  public ListPortfolioReader with(Path file, List<? extends PortfolioEntry> entries) {
    files.put(file, List.copyOf(entries));
    return this;
  }

  @Override
  public Rows open(Path file, PortfolioFormat format) {
    var entries = files.getOrDefault(file, List.of());
    return new Rows() {
      private int next;

      @Override
      public @Nullable PortfolioEntry next() {
        return next < entries.size() ? entries.get(next++) : null;
      }

      @Override
      public long bytesRead() {
        return next;
      }

      @Override
      public void close() {}
    };
  }
}
