-- A manager's segmentations: each version's JSON document, never changed once stored.
-- Risk scores are read newest first by debtor.
CREATE TABLE segmentations (
  id         varchar     NOT NULL,
  version    integer     NOT NULL,
  definition jsonb       NOT NULL,
  stored_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version),
  CONSTRAINT segmentations_version_positive CHECK (version >= 1)
);

CREATE INDEX risk_scores_newest ON risk_scores (debtor_id, scored_at DESC);

/* [jooq ignore start] */
CREATE TRIGGER segmentations_append_only
  BEFORE UPDATE OR DELETE ON segmentations
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER segmentations_no_truncate
  BEFORE TRUNCATE ON segmentations
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
