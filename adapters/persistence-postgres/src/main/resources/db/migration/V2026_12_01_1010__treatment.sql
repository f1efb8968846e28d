-- What the case workflows hand to people and to the world, once per idempotency key.

-- Open cases, read page by page in id order by the reconciler at start-up.
CREATE INDEX cases_open_by_id ON cases (id) WHERE status = 'OPEN';

-- Cases handed to a people's queue (agents, specialists).
CREATE TABLE work_items (
  idempotency_key varchar     NOT NULL PRIMARY KEY,
  case_id         varchar     NOT NULL REFERENCES cases (id),
  debtor_id       varchar     NOT NULL REFERENCES debtors (id),
  queue           varchar     NOT NULL,
  reason          varchar     NOT NULL,
  at              timestamptz NOT NULL,
  CONSTRAINT work_items_queue CHECK (queue IN ('AGENT', 'SPECIALIST'))
);
CREATE INDEX work_items_by_queue ON work_items (queue, at);

-- Escalations the contact gate allowed: placements, legal action, credit reporting.
CREATE TABLE escalation_orders (
  idempotency_key varchar     NOT NULL PRIMARY KEY,
  case_id         varchar     NOT NULL REFERENCES cases (id),
  debtor_id       varchar     NOT NULL REFERENCES debtors (id),
  kind            varchar     NOT NULL,
  account_ids     varchar[]   NOT NULL,
  at              timestamptz NOT NULL,
  CONSTRAINT escalation_orders_kind CHECK (kind IN ('PLACEMENT', 'LEGAL_ACTION', 'CREDIT_REPORTING'))
);

-- The contact outbox: every contact the platform sends, once per key, for the channel
-- integrations (SMS, email, dialler, letters) to deliver.
CREATE TABLE contact_outbox (
  idempotency_key varchar     NOT NULL PRIMARY KEY,
  debtor_id       varchar     NOT NULL REFERENCES debtors (id),
  account_ids     varchar[]   NOT NULL,
  channel         varchar     NOT NULL,
  address         varchar     NOT NULL,
  template        varchar     NOT NULL,
  parameters      jsonb       NOT NULL,
  queued_at       timestamptz NOT NULL,
  CONSTRAINT contact_outbox_channel CHECK (
    channel IN ('VOICE', 'RINGLESS_VOICEMAIL', 'SMS', 'EMAIL', 'IN_APP', 'LETTER'))
);
CREATE INDEX contact_outbox_by_time ON contact_outbox (queued_at);

/* [jooq ignore start] */
CREATE TRIGGER work_items_append_only
  BEFORE UPDATE OR DELETE ON work_items
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER escalation_orders_append_only
  BEFORE UPDATE OR DELETE ON escalation_orders
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contact_outbox_append_only
  BEFORE UPDATE OR DELETE ON contact_outbox
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER work_items_no_truncate
  BEFORE TRUNCATE ON work_items
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER escalation_orders_no_truncate
  BEFORE TRUNCATE ON escalation_orders
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contact_outbox_no_truncate
  BEFORE TRUNCATE ON contact_outbox
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
