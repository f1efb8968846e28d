-- Protocol and assignment-policy versions never change once stored; the audit trail is
-- append-only and read by subject and by actor.
CREATE TABLE protocols (
  id         varchar        NOT NULL,
  version    integer     NOT NULL,
  name       varchar        NOT NULL,
  definition jsonb       NOT NULL,
  stored_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version),
  CONSTRAINT protocols_version_positive CHECK (version >= 1)
);

CREATE TABLE assignment_policies (
  id         varchar        NOT NULL,
  version    integer     NOT NULL,
  definition jsonb       NOT NULL,
  stored_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version),
  CONSTRAINT assignment_policies_version_positive CHECK (version >= 1)
);

CREATE TABLE audit_trail (
  id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor        varchar        NOT NULL,
  at           timestamptz NOT NULL,
  action       varchar        NOT NULL,
  subject_type varchar        NOT NULL,
  subject_id   varchar        NOT NULL,
  before       varchar,
  after        varchar
);
CREATE INDEX audit_trail_by_subject ON audit_trail (subject_type, subject_id, at, id);
CREATE INDEX audit_trail_by_actor ON audit_trail (actor, at, id);

/* [jooq ignore start] */
CREATE TRIGGER protocols_append_only
  BEFORE UPDATE OR DELETE ON protocols
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER protocols_no_truncate
  BEFORE TRUNCATE ON protocols
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER assignment_policies_append_only
  BEFORE UPDATE OR DELETE ON assignment_policies
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER assignment_policies_no_truncate
  BEFORE TRUNCATE ON assignment_policies
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_trail_append_only
  BEFORE UPDATE OR DELETE ON audit_trail
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_trail_no_truncate
  BEFORE TRUNCATE ON audit_trail
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
/* [jooq ignore stop] */
