-- Message template versions, like protocol versions, never change once stored: a case renders the
-- latest version of the template its step names, and a sent contact records which version it was.
CREATE TABLE message_templates (
  name       varchar     NOT NULL,
  version    integer     NOT NULL,
  channel    varchar     NOT NULL,
  definition jsonb       NOT NULL,
  stored_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (name, version),
  CONSTRAINT message_templates_version_positive CHECK (version >= 1)
);

/* [jooq ignore start] */
CREATE TRIGGER message_templates_append_only
  BEFORE UPDATE OR DELETE ON message_templates
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER message_templates_no_truncate
  BEFORE TRUNCATE ON message_templates
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
