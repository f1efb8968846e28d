package io.cobranza.adapters.scoring;

import io.cobranza.adapters.scoring.credit.StoredStatements;
import io.cobranza.adapters.scoring.model.ModelFiles;
import io.cobranza.adapters.scoring.model.Scorer;
import io.cobranza.adapters.scoring.model.TrainedRiskModel;
import io.cobranza.application.scoring.RiskModel;
import io.cobranza.application.scoring.RiskModelRegistry;
import io.cobranza.domain.account.Account;
import io.cobranza.domain.account.AccountId;
import io.cobranza.domain.debtor.Debtor;
import io.cobranza.domain.payment.Payment;
import io.cobranza.domain.scoring.RiskScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link RiskModel} with the active model of a portfolio in the registry: looked up once per day of
 * scoring (so an activation applies from the next day's refresh on, and a refresh scores every
 * debtor with one model), loaded once per version. A debtor's score is the highest of their
 * accounts' probabilities of default; accounts without a statement history are not scored, and a
 * debtor with none gets no score.
 */
public final class RegistryRiskModel implements RiskModel {
  /** Scores are stored with eight decimals (numeric(9,8)). */
  static final int SCALE = 8;

  private final RiskModelRegistry registry;
  private final String portfolio;
  private @Nullable LocalDate lookedUpFor;
  private @Nullable Active active;

  private record Active(TrainedRiskModel model, Scorer scorer) {}

  public RegistryRiskModel(RiskModelRegistry registry, String portfolio) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
  }

  @Override
  public Optional<RiskScore> score(
      Debtor debtor,
      List<Account> accounts,
      List<Payment> payments,
      Map<AccountId, Map<String, String>> attributes,
      Instant at) {
    var current = activeOn(at.atZone(ZoneOffset.UTC).toLocalDate());
    if (current == null) {
      return Optional.empty();
    }
    double worst = -1;
    for (var account : accounts) {
      var history =
          StoredStatements.of(account, attributes.getOrDefault(account.id(), Map.of()), payments);
      if (history.isPresent()) {
        worst =
            Math.max(
                worst,
                current.scorer().probability(current.model().features().values(history.get())));
      }
    }
    if (worst < 0) {
      return Optional.empty();
    }
    var probability =
        new BigDecimal(worst, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
    return Optional.of(new RiskScore(debtor.id(), probability, current.model().version(), at));
  }

  /** The version of the model scoring on {@code day}, if one is active. */
  public Optional<String> versionOn(LocalDate day) {
    var current = activeOn(day);
    return current == null ? Optional.empty() : Optional.of(current.model().version());
  }

  private synchronized @Nullable Active activeOn(LocalDate day) {
    if (!day.equals(lookedUpFor)) {
      var stored = registry.active(portfolio);
      if (stored.isEmpty()) {
        active = null;
      } else if (active == null || !active.model().version().equals(stored.get().version())) {
        var model = ModelFiles.load(stored.get());
        active = new Active(model, Scorer.of(model));
      }
      lookedUpFor = day;
    }
    return active;
  }
}
