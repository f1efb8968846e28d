package io.cobranza.application.scoring;

import static io.cobranza.domain.fixtures.AccountBuilder.anAccount;
import static io.cobranza.domain.fixtures.CaseBuilder.aCase;
import static io.cobranza.domain.fixtures.DebtorBuilder.aDebtor;
import static io.cobranza.domain.fixtures.PaymentBuilder.dollars;
import static org.assertj.core.api.Assertions.assertThat;

import io.cobranza.application.fakes.InMemoryPayments;
import io.cobranza.application.fakes.InMemoryRiskScores;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.DebtorId;
import io.cobranza.domain.scoring.RiskScore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringDebtorsTest {
  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  /** The score a test's model gives. */
  @FunctionalInterface
  interface Scoring {
    Optional<RiskScore> score(
        io.cobranza.domain.debtor.Debtor debtor,
        java.util.List<io.cobranza.domain.account.Account> accounts,
        java.util.List<io.cobranza.domain.payment.Payment> payments,
        Map<AccountId, Map<String, String>> attributes,
        LocalDate asOf,
        Instant at);
  }

  /** A model that is active or not, and scores as told. */
  record Model(boolean active, Scoring scoring) implements RiskModel {
    @Override
    public boolean scoresOn(LocalDate asOf) {
      return active;
    }

    @Override
    public Optional<RiskScore> score(
        io.cobranza.domain.debtor.Debtor debtor,
        java.util.List<io.cobranza.domain.account.Account> accounts,
        java.util.List<io.cobranza.domain.payment.Payment> payments,
        Map<AccountId, Map<String, String>> attributes,
        LocalDate asOf,
        Instant at) {
      return scoring.score(debtor, accounts, payments, attributes, asOf, at);
    }
  }

  @Test
  void scoresFromTheCasesAccountsPaymentsAndAttributesAndRecordsTheScore() {
    var payments = new InMemoryPayments();
    payments.append(dollars("25.00", LocalDate.of(2026, 11, 1)));
    var scores = new InMemoryRiskScores();
    var model =
        new Model(
            true,
            (debtor, accounts, paid, attributes, asOf, at) -> {
              assertThat(accounts).extracting(a -> a.id().value()).containsExactly("A-1");
              assertThat(paid).hasSize(1);
              assertThat(attributes)
                  .containsEntry(AccountId.of("A-1"), Map.of("LIMIT_BAL", "1000"));
              assertThat(asOf).isEqualTo(TODAY);
              return Optional.of(new RiskScore(debtor.id(), new BigDecimal("0.25"), "risk-7", at));
            });
    var scoring =
        new ScoringDebtors(
            model,
            payments,
            account -> Map.of("LIMIT_BAL", "1000"),
            scores,
            Clock.fixed(NOW, ZoneOffset.UTC));
    var theCase = aCase().ofDebtor("D-1").withAccount(anAccount().withId("A-1").build()).build();

    var score = scoring.score(aDebtor().withId("D-1").build(), theCase, TODAY);

    var expected = new RiskScore(DebtorId.of("D-1"), new BigDecimal("0.25"), "risk-7", NOW);
    assertThat(score).contains(expected);
    assertThat(scores.latest(DebtorId.of("D-1"))).contains(expected);
  }

  @Test
  void theSameScoreFromTheSameModelIsNotWrittenAgain() {
    var scores = new InMemoryRiskScores();
    var probability = new java.util.concurrent.atomic.AtomicReference<>(new BigDecimal("0.25"));
    var clock = new io.cobranza.application.fakes.MutableClock(NOW);
    var scoring =
        new ScoringDebtors(
            new Model(
                true,
                (debtor, accounts, paid, attributes, asOf, at) ->
                    Optional.of(new RiskScore(debtor.id(), probability.get(), "risk-7", at))),
            new InMemoryPayments(),
            account -> Map.of(),
            scores,
            clock);
    var debtor = aDebtor().withId("D-1").build();
    var theCase = aCase().ofDebtor("D-1").withAccount(anAccount().withId("A-1").build()).build();

    scoring.score(debtor, theCase, TODAY);
    clock.advance(java.time.Duration.ofDays(1));
    var again = scoring.score(debtor, theCase, TODAY.plusDays(1));
    assertThat(again).map(RiskScore::scoredAt).contains(NOW);
    assertThat(scores.all()).hasSize(1);

    probability.set(new BigDecimal("0.40"));
    clock.advance(java.time.Duration.ofDays(1));
    scoring.score(debtor, theCase, TODAY.plusDays(2));
    assertThat(scores.all()).hasSize(2);
    assertThat(scores.latest(DebtorId.of("D-1")))
        .map(RiskScore::probabilityOfDefault)
        .contains(new BigDecimal("0.40"));
  }

  @Test
  void withoutAModelTodayNothingIsGatheredOrRecorded() {
    var scores = new InMemoryRiskScores();
    var gathered = new java.util.concurrent.atomic.AtomicInteger();
    var scoring =
        new ScoringDebtors(
            new Model(
                false,
                (debtor, accounts, paid, attributes, asOf, at) -> {
                  throw new AssertionError("not asked without a model");
                }),
            new InMemoryPayments(),
            account -> {
              gathered.incrementAndGet();
              return Map.of();
            },
            scores,
            Clock.fixed(NOW, ZoneOffset.UTC));
    var theCase = aCase().ofDebtor("D-1").withAccount(anAccount().withId("A-1").build()).build();
    assertThat(scoring.score(aDebtor().withId("D-1").build(), theCase, TODAY)).isEmpty();
    assertThat(gathered).hasValue(0);
    assertThat(scores.latest(DebtorId.of("D-1"))).isEmpty();
    assertThat(DebtorScoring.NONE.score(aDebtor().build(), theCase, TODAY)).isEmpty();
  }
}
