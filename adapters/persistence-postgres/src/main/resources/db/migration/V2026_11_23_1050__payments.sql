-- Payments are append-only and unique by the provider's reference; promises and plans are kept
-- as made.
CREATE TABLE payments (
  id              varchar          NOT NULL PRIMARY KEY,
  account_id      varchar          NOT NULL REFERENCES accounts (id),
  amount          numeric(19,4) NOT NULL,
  amount_currency char(3)       NOT NULL,
  received_on     date          NOT NULL,
  method          varchar          NOT NULL,
  seq             bigint        GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT payments_amount_positive CHECK (amount > 0)
);
CREATE INDEX payments_by_account ON payments (account_id, received_on, seq);

CREATE TABLE promises (
  id              varchar          NOT NULL PRIMARY KEY,
  account_id      varchar          NOT NULL REFERENCES accounts (id),
  amount          numeric(19,4) NOT NULL,
  amount_currency char(3)       NOT NULL,
  due_on          date          NOT NULL,
  made_at         timestamptz   NOT NULL,
  CONSTRAINT promises_amount_positive CHECK (amount > 0)
);
CREATE INDEX promises_by_account ON promises (account_id, made_at);

CREATE TABLE payment_plans (
  id             varchar          NOT NULL PRIMARY KEY,
  account_id     varchar          NOT NULL REFERENCES accounts (id),
  total          numeric(19,4) NOT NULL,
  total_currency char(3)       NOT NULL,
  cadence        varchar          NOT NULL,
  first_due_on   date          NOT NULL,
  instalments    integer       NOT NULL,
  agreed_on      date          NOT NULL,
  CONSTRAINT payment_plans_total_positive CHECK (total > 0),
  CONSTRAINT payment_plans_cadence CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
  CONSTRAINT payment_plans_instalments CHECK (instalments >= 1),
  CONSTRAINT payment_plans_agreed_before_due CHECK (agreed_on <= first_due_on)
);
CREATE INDEX payment_plans_by_account ON payment_plans (account_id);

/* [jooq ignore start] */
CREATE TRIGGER payments_append_only
  BEFORE UPDATE OR DELETE ON payments
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER payments_no_truncate
  BEFORE TRUNCATE ON payments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
