-- Portfolio imports: one row per imported file (by the SHA-256 of its bytes) with its progress,
-- written in the same transaction as each chunk, so that a killed import resumes where its last
-- chunk committed. The totals of a completed import are its summary.
CREATE TABLE imports (
  fingerprint         varchar     NOT NULL PRIMARY KEY,
  file_name           varchar     NOT NULL,
  portfolio           varchar     NOT NULL,
  status              varchar     NOT NULL,
  last_committed_line bigint      NOT NULL,
  accepted            bigint      NOT NULL,
  duplicates          bigint      NOT NULL,
  rejected            bigint,
  last_line           bigint,
  started_at          timestamptz NOT NULL DEFAULT now(),
  completed_at        timestamptz,
  CONSTRAINT imports_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
  CONSTRAINT imports_counts_not_negative CHECK (
    last_committed_line >= 0 AND accepted >= 0 AND duplicates >= 0),
  CONSTRAINT imports_completed_has_summary CHECK (
    (status = 'IN_PROGRESS' AND rejected IS NULL AND last_line IS NULL AND completed_at IS NULL)
    OR (status = 'COMPLETED' AND rejected IS NOT NULL AND last_line IS NOT NULL
      AND completed_at IS NOT NULL))
);

-- Further facts of imported accounts (the UCI protected attributes SEX, EDUCATION, MARRIAGE, AGE,
-- the statement history, x_ columns of the CSV): kept apart from the debtors, for the scoring
-- adapter to train on and to audit its models with, never as a debtor's fields.
CREATE TABLE account_attributes (
  account_id  varchar     NOT NULL PRIMARY KEY REFERENCES accounts (id),
  attributes  jsonb       NOT NULL,
  imported_by varchar     NOT NULL REFERENCES imports (fingerprint)
);
