-- Where a contact point reaches the debtor (a home landline, a mobile, a work line), when it was
-- found not to be the debtor's, the places the debtor named inconvenient, and the outcome that
-- says a number is not the debtor's (WRONG_NUMBER).
ALTER TABLE contact_points ADD COLUMN place varchar NOT NULL DEFAULT 'UNKNOWN';
ALTER TABLE contact_points ADD COLUMN not_the_debtors_since timestamptz;

CREATE TABLE inconvenient_places (
  debtor_id varchar NOT NULL REFERENCES debtors (id),
  place     varchar NOT NULL,
  PRIMARY KEY (debtor_id, place),
  CONSTRAINT inconvenient_places_place CHECK (place IN ('HOME', 'WORK', 'OTHER'))
);

/* [jooq ignore start] */
ALTER TABLE contact_points ADD CONSTRAINT contact_points_place CHECK (
  place IN ('HOME', 'WORK', 'MOBILE', 'OTHER', 'UNKNOWN'));
ALTER TABLE contact_points ADD CONSTRAINT contact_points_only_a_phone_is_a_mobile CHECK (
  place <> 'MOBILE' OR kind = 'PHONE');
ALTER TABLE contact_attempts DROP CONSTRAINT contact_attempts_outcome;
ALTER TABLE contact_attempts ADD CONSTRAINT contact_attempts_outcome CHECK (outcome IN ('SENT',
  'DELIVERED', 'OPENED', 'NO_ANSWER', 'NOT_CONNECTED', 'VOICEMAIL', 'WRONG_PARTY', 'WRONG_NUMBER',
  'RIGHT_PARTY_CONTACT', 'PROMISE', 'REFUSAL', 'DISPUTE', 'CEASE_REQUEST', 'OPT_OUT', 'BOUNCED'));
/* [jooq ignore stop] */
