-- Whom a contact attempt was with: the debtor (every attempt recorded before this), the attorney
-- representing them, or a third party asked where the debtor is, named by the collector so that a
-- second location contact with the same person is seen (12 CFR 1006.10(c)).
ALTER TABLE contact_attempts ADD COLUMN recipient_kind varchar NOT NULL DEFAULT 'DEBTOR';
ALTER TABLE contact_attempts ADD COLUMN recipient_party varchar;

/* [jooq ignore start] */
ALTER TABLE contact_attempts ADD CONSTRAINT contact_attempts_recipient CHECK (
  (recipient_kind IN ('DEBTOR', 'ATTORNEY') AND recipient_party IS NULL)
  OR (recipient_kind = 'THIRD_PARTY' AND length(trim(recipient_party)) > 0));
/* [jooq ignore stop] */
