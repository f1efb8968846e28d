-- Whether a case's debtor was told that their calls may be analysed (EU AI Act Art. 50(3)): a row
-- once told.
CREATE TABLE call_notices (
  case_id  varchar     NOT NULL PRIMARY KEY REFERENCES cases (id),
  told_at  timestamptz NOT NULL,
  told_by  varchar     NOT NULL
);

-- One assessment per call recording: the FG21/1 drivers, confidence, voice stress, the evidence
-- (one array element per piece: source, words, offset into the call in ms or NULL, driver or NULL,
-- weight), warnings, and whether the case was flagged for a specialist because of it.
CREATE TABLE vulnerability_assessments (
  recording_id      varchar            NOT NULL PRIMARY KEY,
  case_id           varchar            NOT NULL REFERENCES cases (id),
  assessed_at       timestamptz        NOT NULL,
  drivers           text[]             NOT NULL,
  confidence        double precision   NOT NULL,
  stress_score      double precision   NOT NULL,
  evidence_sources  text[]             NOT NULL,
  evidence_words    text[]             NOT NULL,
  evidence_at_ms    bigint[]           NOT NULL,
  evidence_drivers  text[]             NOT NULL,
  evidence_weights  double precision[] NOT NULL,
  warnings          text[]             NOT NULL,
  flagged           boolean            NOT NULL,
  CONSTRAINT vulnerability_assessments_confidence CHECK (confidence >= 0 AND confidence <= 1),
  CONSTRAINT vulnerability_assessments_stress CHECK (stress_score >= 0 AND stress_score <= 1)
);
CREATE INDEX vulnerability_assessments_by_case ON vulnerability_assessments (case_id, assessed_at);
