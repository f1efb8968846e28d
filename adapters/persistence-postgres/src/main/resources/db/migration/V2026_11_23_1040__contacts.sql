-- Contact attempts are append-only except their outcome, which arrives later (a delivery
-- receipt, a call's disposition); call consents are append-only.
CREATE TABLE contact_attempts (
  id                 varchar        NOT NULL PRIMARY KEY,
  debtor_id          varchar        NOT NULL REFERENCES debtors (id),
  channel            varchar        NOT NULL,
  direction          varchar        NOT NULL,
  address            varchar        NOT NULL,
  at                 timestamptz NOT NULL,
  outcome            varchar        NOT NULL,
  with_prior_consent boolean     NOT NULL,
  CONSTRAINT contact_attempts_channel CHECK (
    channel IN ('VOICE', 'RINGLESS_VOICEMAIL', 'SMS', 'EMAIL', 'IN_APP', 'LETTER')),
  CONSTRAINT contact_attempts_direction CHECK (direction IN ('OUTBOUND', 'INBOUND')),
  CONSTRAINT contact_attempts_outcome CHECK (outcome IN ('SENT', 'DELIVERED', 'OPENED',
    'NO_ANSWER', 'NOT_CONNECTED', 'VOICEMAIL', 'WRONG_PARTY', 'RIGHT_PARTY_CONTACT', 'PROMISE',
    'REFUSAL', 'DISPUTE', 'CEASE_REQUEST', 'OPT_OUT', 'BOUNCED'))
);
CREATE INDEX contact_attempts_by_debtor ON contact_attempts (debtor_id, at);

CREATE TABLE contact_attempt_accounts (
  attempt_id varchar NOT NULL REFERENCES contact_attempts (id),
  account_id varchar NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (attempt_id, account_id)
);

CREATE TABLE call_consents (
  id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  debtor_id  varchar        NOT NULL REFERENCES debtors (id),
  given_at   timestamptz NOT NULL,
  until      timestamptz,
  revoked_at timestamptz,
  CONSTRAINT call_consents_until_after_given CHECK (until >= given_at)
);
CREATE INDEX call_consents_by_debtor ON call_consents (debtor_id);

/* [jooq ignore start] */
CREATE FUNCTION refuse_change_but_outcome() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF to_jsonb(NEW) - 'outcome' IS DISTINCT FROM to_jsonb(OLD) - 'outcome' THEN
    RAISE EXCEPTION 'table % is append-only except its outcome: UPDATE refused', TG_TABLE_NAME
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER contact_attempts_outcome_only
  BEFORE UPDATE ON contact_attempts
  FOR EACH ROW EXECUTE FUNCTION refuse_change_but_outcome();
CREATE TRIGGER contact_attempts_append_only
  BEFORE DELETE ON contact_attempts
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contact_attempts_no_truncate
  BEFORE TRUNCATE ON contact_attempts
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contact_attempt_accounts_append_only
  BEFORE UPDATE OR DELETE ON contact_attempt_accounts
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER contact_attempt_accounts_no_truncate
  BEFORE TRUNCATE ON contact_attempt_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER call_consents_append_only
  BEFORE UPDATE OR DELETE ON call_consents
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER call_consents_no_truncate
  BEFORE TRUNCATE ON call_consents
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
