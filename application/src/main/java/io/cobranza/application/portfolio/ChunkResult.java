package io.cobranza.application.portfolio;

import java.util.List;

/**
 * What {@link PortfolioStore#writeChunk} did with a chunk.
 *
 * @param written accounts written
 * @param duplicates the rows refused because their account id or a payment id was already taken (by
 *     an earlier import or an earlier row of this file): one problem per refused row, naming its
 *     line, the key's column and the key
 */
public record ChunkResult(int written, List<RowProblem> duplicates) {
  public ChunkResult {
    duplicates = List.copyOf(duplicates);
  }
}
