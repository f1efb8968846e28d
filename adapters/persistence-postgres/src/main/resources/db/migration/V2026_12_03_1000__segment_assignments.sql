-- Each debtor's segment over time: a row when it changes (segment, segmentation, its version or
-- the rule that decided), at most one per debtor and day. Read newest first by debtor.
CREATE TABLE segment_assignments (
  debtor_id            varchar     NOT NULL REFERENCES debtors (id),
  assigned_on          date        NOT NULL,
  case_id              varchar     NOT NULL REFERENCES cases (id),
  segmentation_id      varchar     NOT NULL,
  segmentation_version integer     NOT NULL,
  rule                 integer     NOT NULL,
  segment              varchar     NOT NULL,
  recorded_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (debtor_id, assigned_on),
  CONSTRAINT segment_assignments_version CHECK (segmentation_version >= 0),
  CONSTRAINT segment_assignments_rule CHECK (rule >= -1),
  CONSTRAINT segment_assignments_segment_not_blank CHECK (length(trim(segment)) > 0)
);
