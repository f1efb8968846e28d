-- Strings are varchar without a length (the same as text in PostgreSQL) so that jOOQ's code
-- generator, which reads these files through H2, can index them.
-- Debtors, with the numbers and addresses they may be reached at and the limits they set.
CREATE TABLE debtors (
  id                                 varchar        NOT NULL PRIMARY KEY,
  jurisdiction                       varchar        NOT NULL,
  stated_zone                        varchar,
  language                           varchar        NOT NULL,
  cease_requested_at                 timestamptz,
  moratorium_kind                    varchar,
  moratorium_start                   timestamptz,
  moratorium_end                     timestamptz,
  vulnerable                         boolean     NOT NULL,
  employer_prohibits_contact_at_work boolean     NOT NULL,
  CONSTRAINT debtors_id_not_blank CHECK (length(trim(id)) > 0),
  CONSTRAINT debtors_moratorium_kind CHECK (
    moratorium_kind IN ('BREATHING_SPACE', 'MENTAL_HEALTH_CRISIS', 'DECLARED')),
  CONSTRAINT debtors_moratorium_complete CHECK (
    (moratorium_kind IS NULL AND moratorium_start IS NULL AND moratorium_end IS NULL)
    OR (moratorium_kind IS NOT NULL AND moratorium_start IS NOT NULL)),
  CONSTRAINT debtors_moratorium_ends_after_start CHECK (moratorium_end > moratorium_start)
);

CREATE TABLE contact_points (
  debtor_id          varchar        NOT NULL REFERENCES debtors (id),
  position           integer     NOT NULL,
  address            varchar        NOT NULL,
  kind               varchar        NOT NULL,
  use                varchar        NOT NULL,
  consented_channels varchar[]      NOT NULL,
  opted_out_at       timestamptz,
  zone               varchar,
  PRIMARY KEY (debtor_id, position),
  CONSTRAINT contact_points_unique_address UNIQUE (debtor_id, kind, address),
  CONSTRAINT contact_points_kind CHECK (kind IN ('PHONE', 'EMAIL', 'POSTAL', 'APP')),
  CONSTRAINT contact_points_use CHECK (use IN ('PERSONAL', 'WORK', 'UNKNOWN'))
);

CREATE TABLE inconvenient_times (
  debtor_id  varchar    NOT NULL REFERENCES debtors (id),
  position   integer NOT NULL,
  days       varchar[]  NOT NULL,
  from_time  time    NOT NULL,
  to_time    time    NOT NULL,
  PRIMARY KEY (debtor_id, position),
  CONSTRAINT inconvenient_times_not_empty CHECK (from_time <> to_time)
);

CREATE TABLE prohibited_media (
  debtor_id varchar NOT NULL REFERENCES debtors (id),
  channel   varchar NOT NULL,
  PRIMARY KEY (debtor_id, channel),
  CONSTRAINT prohibited_media_channel CHECK (
    channel IN ('VOICE', 'RINGLESS_VOICEMAIL', 'SMS', 'EMAIL', 'IN_APP', 'LETTER'))
);

/* [jooq ignore start] */
ALTER TABLE contact_points ADD CONSTRAINT contact_points_channels CHECK (
  consented_channels <@ ARRAY['VOICE', 'RINGLESS_VOICEMAIL', 'SMS', 'EMAIL', 'IN_APP', 'LETTER']::varchar[]);
ALTER TABLE inconvenient_times ADD CONSTRAINT inconvenient_times_days CHECK (
  cardinality(days) > 0
  AND days <@ ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']::varchar[]);
/* [jooq ignore stop] */
