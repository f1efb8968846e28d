-- Each debtor's arm of an assignment policy over time: a row when the arm, its role, the policy's
-- version or the protocol changes, at most one per debtor, policy and day. What an experiment's
-- evaluation starts from.
CREATE TABLE arm_assignments (
  debtor_id        varchar     NOT NULL REFERENCES debtors (id),
  policy_id        varchar     NOT NULL,
  assigned_on      date        NOT NULL,
  policy_version   integer     NOT NULL,
  case_id          varchar     NOT NULL REFERENCES cases (id),
  segment          varchar,
  by_default_rule  boolean     NOT NULL,
  arm              varchar     NOT NULL,
  role             varchar     NOT NULL,
  protocol_id      varchar     NOT NULL,
  protocol_version integer     NOT NULL,
  bucket           integer     NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (debtor_id, policy_id, assigned_on),
  CONSTRAINT arm_assignments_role CHECK (role IN ('CHAMPION', 'CHALLENGER', 'HOLDOUT')),
  CONSTRAINT arm_assignments_bucket CHECK (bucket >= 0 AND bucket < 10000),
  CONSTRAINT arm_assignments_versions CHECK (policy_version >= 1 AND protocol_version >= 1)
);
CREATE INDEX arm_assignments_by_policy ON arm_assignments (policy_id, policy_version, arm);
