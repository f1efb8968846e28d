-- Accounts (one debt each). Every amount is a numeric with its own currency column.
CREATE TABLE accounts (
  id                           varchar          NOT NULL PRIMARY KEY,
  debtor_id                    varchar          NOT NULL REFERENCES debtors (id),
  product                      varchar          NOT NULL,
  balance                      numeric(19,4) NOT NULL,
  balance_currency             char(3)       NOT NULL,
  minimum_due                  numeric(19,4) NOT NULL,
  minimum_due_currency         char(3)       NOT NULL,
  next_due_on                  date,
  delinquency_as_of            date          NOT NULL,
  days_past_due                integer       NOT NULL,
  stage                        varchar          NOT NULL,
  attorney                     varchar,
  attorney_contact             varchar,
  attorney_since               timestamptz,
  dispute_received_at          timestamptz,
  dispute_written              boolean,
  dispute_verification_sent_at timestamptz,
  dispute_resolved_at          timestamptz,
  validation_notice_sent_on    date,
  CONSTRAINT accounts_id_not_blank CHECK (length(trim(id)) > 0),
  CONSTRAINT accounts_one_currency CHECK (balance_currency = minimum_due_currency),
  CONSTRAINT accounts_minimum_due_not_negative CHECK (minimum_due >= 0),
  CONSTRAINT accounts_days_past_due_not_negative CHECK (days_past_due >= 0),
  CONSTRAINT accounts_stage CHECK (
    stage IN ('CURRENT', 'EARLY', 'MID', 'LATE', 'SEVERE', 'CHARGED_OFF', 'RESOLVED')),
  CONSTRAINT accounts_attorney_complete CHECK (
    (attorney IS NULL AND attorney_contact IS NULL AND attorney_since IS NULL)
    OR (attorney IS NOT NULL AND attorney_contact IS NOT NULL AND attorney_since IS NOT NULL)),
  CONSTRAINT accounts_dispute_complete CHECK (
    (dispute_received_at IS NULL AND dispute_written IS NULL
      AND dispute_verification_sent_at IS NULL AND dispute_resolved_at IS NULL)
    OR (dispute_received_at IS NOT NULL AND dispute_written IS NOT NULL))
);
CREATE INDEX accounts_by_debtor ON accounts (debtor_id);

-- The history of lifecycle stages, append-only: roll and cure rates are computed from it.
CREATE TABLE stage_transitions (
  account_id varchar    NOT NULL REFERENCES accounts (id),
  position   integer NOT NULL,
  on_date    date    NOT NULL,
  from_stage varchar    NOT NULL,
  to_stage   varchar    NOT NULL,
  PRIMARY KEY (account_id, position),
  CONSTRAINT stage_transitions_from_stage CHECK (
    from_stage IN ('CURRENT', 'EARLY', 'MID', 'LATE', 'SEVERE', 'CHARGED_OFF', 'RESOLVED')),
  CONSTRAINT stage_transitions_to_stage CHECK (
    to_stage IN ('CURRENT', 'EARLY', 'MID', 'LATE', 'SEVERE', 'CHARGED_OFF', 'RESOLVED')),
  CONSTRAINT stage_transitions_change_stage CHECK (from_stage <> to_stage)
);

-- Where and when an account was placed for collection, for the portfolio's KPIs.
CREATE TABLE placements (
  account_id                 varchar          NOT NULL PRIMARY KEY REFERENCES accounts (id),
  portfolio                  varchar          NOT NULL,
  placement_balance          numeric(19,4) NOT NULL,
  placement_balance_currency char(3)       NOT NULL,
  placed_on                  date          NOT NULL,
  CONSTRAINT placements_balance_not_negative CHECK (placement_balance >= 0)
);
CREATE INDEX placements_by_portfolio ON placements (portfolio, placed_on);

/* [jooq ignore start] */
CREATE TRIGGER stage_transitions_append_only
  BEFORE UPDATE OR DELETE ON stage_transitions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER stage_transitions_no_truncate
  BEFORE TRUNCATE ON stage_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
