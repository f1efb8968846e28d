-- The recommender's decisions: what was offered and chosen, why, what the debtor owed then, what
-- the model needs to learn from the outcome (memo) and, once the decision's window has passed, the
-- reward it was credited with (or why it could not be). Written once per decision; the reward is
-- filled in later, once (reward IS NULL in the update's condition).
CREATE TABLE recommendations (
  decision_id    varchar          NOT NULL PRIMARY KEY,
  case_id        varchar          NOT NULL REFERENCES cases (id),
  debtor_id      varchar          NOT NULL REFERENCES debtors (id),
  step_id        varchar          NOT NULL,
  options        text[]           NOT NULL,
  chosen         varchar          NOT NULL,
  expected_value double precision NOT NULL,
  explored       boolean          NOT NULL,
  reasons        text[]           NOT NULL,
  model          varchar          NOT NULL,
  memo           text,
  decided_at     timestamptz      NOT NULL,
  zone           varchar          NOT NULL,
  owed_minor     bigint           NOT NULL,
  currency       char(3)          NOT NULL,
  reward         double precision,
  rewarded_at    timestamptz,
  problem        text,
  CONSTRAINT recommendations_owed CHECK (owed_minor >= 0),
  CONSTRAINT recommendations_credited CHECK (
    (reward IS NULL AND problem IS NULL AND rewarded_at IS NULL)
    OR (rewarded_at IS NOT NULL AND (reward IS NULL) <> (problem IS NULL)))
);
CREATE INDEX recommendations_unrewarded ON recommendations (decided_at)
  WHERE reward IS NULL AND problem IS NULL;
CREATE INDEX recommendations_by_model ON recommendations (model, decided_at);
CREATE INDEX recommendations_by_case ON recommendations (case_id, decided_at);
