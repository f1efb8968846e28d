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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link RiskModel} with the active model of a portfolio in the registry: looked up once per
 * refresh day ({@code asOf}, so an activation applies from the next day's refresh on, and a refresh
 * that runs past midnight still scores every debtor with one model), loaded once per version. A
 * debtor's score is the highest of their accounts' probabilities of default; accounts without a
 * statement history are not scored, and a debtor with none gets no score.
 */
public final class RegistryRiskModel implements RiskModel {
  /** Scores are stored with eight decimals (numeric(9,8)). */
  static final int SCALE = 8;

  private static final System.Logger LOG = System.getLogger(RegistryRiskModel.class.getName());

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
  public boolean scoresOn(LocalDate asOf) {
    return activeOn(asOf) != null;
  }

  @Override
  public Optional<RiskScore> score(
      Debtor debtor,
      List<Account> accounts,
      List<Payment> payments,
      Map<AccountId, Map<String, String>> attributes,
      LocalDate asOf,
      Instant at) {
    var current = activeOn(asOf);
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
      // Looked up once per day, whatever happens: a model that cannot be loaded fails that day's
      // scoring once, in the log, not once per debtor.
      lookedUpFor = day;
      var stored = registry.active(portfolio);
      if (stored.isEmpty()) {
        active = null;
      } else if (active == null || !active.model().version().equals(stored.get().version())) {
        active = null;
        try {
          var model = ModelFiles.load(stored.get());
          active = new Active(model, Scorer.of(model));
        } catch (RuntimeException e) {
          LOG.log(
              System.Logger.Level.ERROR,
              "the active model "
                  + stored.get().version()
                  + " of portfolio "
                  + portfolio
                  + " cannot be loaded; nobody is scored on "
                  + day
                  + ": "
                  + e.getMessage());
        }
      }
    }
    return active;
  }
}
