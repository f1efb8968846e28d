-- The instant from which the contact gate's permission for an outbound contact no longer holds:
-- whoever relays the outbox to a channel must not send the contact at or after it (null: no
-- expiry, for rows written before permissions expired).
ALTER TABLE contact_outbox ADD COLUMN expires_at timestamptz;
