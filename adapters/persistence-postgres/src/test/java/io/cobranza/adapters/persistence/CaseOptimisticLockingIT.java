package io.cobranza.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.collection.Cases;
import io.cobranza.application.collection.Cases.SaveResult;
import io.cobranza.domain.collection.CaseId;
import io.cobranza.domain.collection.CollectionCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseOptimisticLockingIT {
  @RegisterExtension static final TestDatabase DATABASE = new TestDatabase();

  private final Cases cases = DATABASE.persistence().cases();

  @Test
  void aSaveFromAnOldVersionIsStaleAndWritesNothing() {
    var v1 = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-old", "C-old", "A-old");
    var v2 = ((SaveResult.Saved) cases.save(v1.atStep("call"))).collectionCase();

    var result = cases.save(v1.atStep("letter").close("written off"));

    assertThat(result).isEqualTo(new SaveResult.Stale(CaseId.of("C-old"), 1, 2));
    assertThat(cases.find(v1.id())).contains(v2);
  }

  @Test
  void aNewCaseWhoseIdIsTakenIsStale() {
    var v1 = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-twice", "C-twice", "A-twice");
    var again =
        new CollectionCase(
            v1.id(),
            v1.debtorId(),
            v1.accounts(),
            null,
            null,
            0,
            "other",
            List.of(),
            v1.status(),
            null,
            0);

    assertThat(cases.save(again)).isEqualTo(new SaveResult.Stale(v1.id(), 0, 1));
    assertThat(cases.find(v1.id())).contains(v1);
  }

  @Test
  void twoConcurrentSavesFromTheSameVersionOneWinsOneIsStaleNothingIsLost() throws Exception {
    var v1 = Stored.aCaseWithAccounts(DATABASE.persistence(), "D-race", "C-race", "A-race");
    var barrier = new CyclicBarrier(2);
    var results = new ArrayList<Future<SaveResult>>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      for (var step : List.of("by-sms", "by-email")) {
        results.add(
            pool.submit(() -> {
              barrier.await();
              return cases.save(v1.atStep(step));
            }));
      }
    }
    var outcomes = new ArrayList<SaveResult>();
    for (var f : results) {
      outcomes.add(f.get());
    }

    var saved = outcomes.stream().filter(SaveResult.Saved.class::isInstance).toList();
    var stale = outcomes.stream().filter(SaveResult.Stale.class::isInstance).toList();
    assertThat(saved).hasSize(1);
    assertThat(stale).containsExactly(new SaveResult.Stale(v1.id(), 1, 2));
    var winner = ((SaveResult.Saved) saved.getFirst()).collectionCase();
    assertThat(winner.version()).isEqualTo(2);
    assertThat(cases.find(v1.id())).contains(winner);
  }
}
