package io.cobranza.adapters.persistence.scoring;

import static io.cobranza.adapters.persistence.jooq.Tables.RISK_MODELS;
import static io.cobranza.adapters.persistence.jooq.Tables.RISK_MODEL_ACTIVATIONS;

import io.cobranza.adapters.persistence.jooq.tables.records.RiskModelsRecord;
import io.cobranza.application.scoring.RiskModelRegistry;
import io.cobranza.application.scoring.StoredRiskModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * {@link RiskModelRegistry} in the append-only tables risk_models and risk_model_activations: a
 * portfolio's active model is the one of its newest activation.
 */
public final class JooqRiskModelRegistry implements RiskModelRegistry {
  private final DSLContext dsl;

  public JooqRiskModelRegistry(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean register(StoredRiskModel model) {
    return dsl.insertInto(RISK_MODELS)
            .set(RISK_MODELS.VERSION, model.version())
            .set(RISK_MODELS.ALGORITHM, model.algorithm())
            .set(RISK_MODELS.CREATED_AT, model.createdAt())
            .set(RISK_MODELS.CROSS_VALIDATED_AUC, model.crossValidatedAuc())
            .set(RISK_MODELS.MANIFEST, JSONB.valueOf(model.manifest()))
            .set(RISK_MODELS.MODEL, model.model())
            .set(RISK_MODELS.MODEL_SHA256, model.modelSha256())
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  @Override
  public Optional<StoredRiskModel> find(String version) {
    return dsl.selectFrom(RISK_MODELS)
        .where(RISK_MODELS.VERSION.eq(version))
        .fetchOptional(JooqRiskModelRegistry::stored);
  }

  @Override
  public List<RegisteredModel> list() {
    var activeIn = new HashMap<String, List<String>>();
    activeVersions()
        .forEach((portfolio, version) ->
            activeIn.computeIfAbsent(version, v -> new ArrayList<>()).add(portfolio));
    return dsl.select(
            RISK_MODELS.VERSION,
            RISK_MODELS.ALGORITHM,
            RISK_MODELS.CREATED_AT,
            RISK_MODELS.CROSS_VALIDATED_AUC)
        .from(RISK_MODELS)
        .orderBy(RISK_MODELS.CREATED_AT.desc(), RISK_MODELS.VERSION.desc())
        .fetch(r ->
            new RegisteredModel(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                activeIn.getOrDefault(r.value1(), List.of()).stream().sorted().toList()));
  }

  @Override
  public void activate(String portfolio, String version, String actor, Instant at) {
    if (find(version).isEmpty()) {
      throw new IllegalArgumentException("version: no registered model has version " + version);
    }
    dsl.insertInto(RISK_MODEL_ACTIVATIONS)
        .set(RISK_MODEL_ACTIVATIONS.PORTFOLIO, portfolio)
        .set(RISK_MODEL_ACTIVATIONS.VERSION, version)
        .set(RISK_MODEL_ACTIVATIONS.ACTIVATED_AT, at)
        .set(RISK_MODEL_ACTIVATIONS.ACTOR, actor)
        .execute();
  }

  @Override
  public Optional<StoredRiskModel> active(String portfolio) {
    return dsl.select(RISK_MODEL_ACTIVATIONS.VERSION)
        .from(RISK_MODEL_ACTIVATIONS)
        .where(RISK_MODEL_ACTIVATIONS.PORTFOLIO.eq(portfolio))
        .orderBy(RISK_MODEL_ACTIVATIONS.ACTIVATED_AT.desc(), RISK_MODEL_ACTIVATIONS.ID.desc())
        .limit(1)
        .fetchOptional(RISK_MODEL_ACTIVATIONS.VERSION)
        .flatMap(this::find);
  }

  /** Each portfolio's active version. */
  private Map<String, String> activeVersions() {
    var newest =
        DSL.rowNumber()
            .over(
                DSL.partitionBy(RISK_MODEL_ACTIVATIONS.PORTFOLIO)
                    .orderBy(
                        RISK_MODEL_ACTIVATIONS.ACTIVATED_AT.desc(),
                        RISK_MODEL_ACTIVATIONS.ID.desc()))
            .as("newest");
    var ranked =
        dsl.select(RISK_MODEL_ACTIVATIONS.PORTFOLIO, RISK_MODEL_ACTIVATIONS.VERSION, newest)
            .from(RISK_MODEL_ACTIVATIONS)
            .asTable("ranked");
    var result = new HashMap<String, String>();
    dsl.select(
            ranked.field(RISK_MODEL_ACTIVATIONS.PORTFOLIO),
            ranked.field(RISK_MODEL_ACTIVATIONS.VERSION))
        .from(ranked)
        .where(ranked.field(newest).eq(1))
        .forEach(r -> result.put(r.value1(), r.value2()));
    return result;
  }

  private static StoredRiskModel stored(RiskModelsRecord r) {
    return new StoredRiskModel(
        r.getVersion(),
        r.getAlgorithm(),
        r.getCreatedAt(),
        r.getCrossValidatedAuc(),
        r.getManifest().data(),
        r.getModel(),
        r.getModelSha256());
  }
}
