-- Segments, risk scores and collection cases. A case carries an optimistic-locking version:
-- a save names the version it read and changes nothing when another save came first.
CREATE TABLE segments (
  id          varchar  NOT NULL PRIMARY KEY,
  description varchar  NOT NULL,
  definition  jsonb
);

CREATE TABLE risk_scores (
  debtor_id              varchar          NOT NULL REFERENCES debtors (id),
  scored_at              timestamptz   NOT NULL,
  model_version          varchar          NOT NULL,
  probability_of_default numeric(9,8)  NOT NULL,
  PRIMARY KEY (debtor_id, scored_at, model_version),
  CONSTRAINT risk_scores_probability CHECK (
    probability_of_default >= 0 AND probability_of_default <= 1)
);

CREATE TABLE cases (
  id               varchar    NOT NULL PRIMARY KEY,
  debtor_id        varchar    NOT NULL REFERENCES debtors (id),
  segment          varchar,
  protocol_id      varchar,
  protocol_version integer NOT NULL,
  current_step     varchar,
  status           varchar    NOT NULL,
  close_reason     varchar,
  version          bigint  NOT NULL,
  CONSTRAINT cases_id_not_blank CHECK (length(trim(id)) > 0),
  CONSTRAINT cases_status CHECK (status IN ('OPEN', 'CLOSED')),
  CONSTRAINT cases_closed_says_why CHECK (status <> 'CLOSED' OR close_reason IS NOT NULL),
  CONSTRAINT cases_version_positive CHECK (version >= 1),
  CONSTRAINT cases_protocol_version_not_negative CHECK (protocol_version >= 0)
);
CREATE INDEX cases_by_debtor ON cases (debtor_id);

CREATE TABLE case_accounts (
  case_id    varchar    NOT NULL REFERENCES cases (id),
  account_id varchar    NOT NULL REFERENCES accounts (id),
  position   integer NOT NULL,
  PRIMARY KEY (case_id, account_id),
  CONSTRAINT case_accounts_position UNIQUE (case_id, position)
);
CREATE INDEX case_accounts_by_account ON case_accounts (account_id);

CREATE TABLE holds (
  case_id  varchar        NOT NULL REFERENCES cases (id),
  position integer     NOT NULL,
  kind     varchar        NOT NULL,
  since    timestamptz NOT NULL,
  until    timestamptz,
  note     varchar        NOT NULL,
  PRIMARY KEY (case_id, position),
  CONSTRAINT holds_kind CHECK (kind IN ('DISPUTE', 'CEASE', 'MORATORIUM', 'COMPLAINT',
    'VULNERABILITY_REVIEW', 'MENTAL_CAPACITY', 'DEBT_ADVICE', 'MANAGER_PAUSE')),
  CONSTRAINT holds_end_after_start CHECK (until > since)
);
