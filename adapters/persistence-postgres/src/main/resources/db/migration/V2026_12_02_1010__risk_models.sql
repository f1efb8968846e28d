-- The model registry: every trained risk model with its manifest and file, and each portfolio's
-- activations; the newest activation of a portfolio names its active model. Both never change.
CREATE TABLE risk_models (
  version             varchar       NOT NULL PRIMARY KEY,
  algorithm           varchar       NOT NULL,
  created_at          timestamptz   NOT NULL,
  cross_validated_auc double precision NOT NULL,
  manifest            jsonb         NOT NULL,
  model               bytea         NOT NULL,
  model_sha256        char(64)      NOT NULL,
  registered_at       timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE risk_model_activations (
  id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  portfolio    varchar     NOT NULL,
  version      varchar     NOT NULL REFERENCES risk_models (version),
  activated_at timestamptz NOT NULL,
  actor        varchar     NOT NULL
);
CREATE INDEX risk_model_activations_newest ON risk_model_activations (portfolio, activated_at DESC, id DESC);

/* [jooq ignore start] */
CREATE TRIGGER risk_models_append_only
  BEFORE UPDATE OR DELETE ON risk_models
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER risk_models_no_truncate
  BEFORE TRUNCATE ON risk_models
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER risk_model_activations_append_only
  BEFORE UPDATE OR DELETE ON risk_model_activations
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER risk_model_activations_no_truncate
  BEFORE TRUNCATE ON risk_model_activations
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
