// Entries made in error and corrections of decisions (issue 11). Nothing is deleted (DESIGN §2): a nomination or an
// election entered in error keeps its data and is marked voided, with who voided it, when and why; a decision whose
// resolution number or date was mistyped keeps its row, and the correction is a new row that points at it. A list's
// decision lives on its row, which a correction changes: the values it replaced are kept in a correction row of
// their own. Added columns carry a default, which is also what `verify` expects of a row journaled before them.
export const voidsAndCorrections = `
ALTER TABLE nomination ADD COLUMN voided_at TEXT;
ALTER TABLE nomination ADD COLUMN voided_by TEXT;
ALTER TABLE nomination ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
  CHECK ((voided_at IS NULL) = (void_reason = ''));

ALTER TABLE election ADD COLUMN voided_at TEXT;
ALTER TABLE election ADD COLUMN voided_by TEXT;
ALTER TABLE election ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
  CHECK ((voided_at IS NULL) = (void_reason = ''));

-- A correction points at the decision as first recorded; the latest correction of it holds the values in force.
ALTER TABLE decision ADD COLUMN corrects INTEGER REFERENCES decision(id);
ALTER TABLE decision ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''
  CHECK ((corrects IS NULL) = (correction_reason = ''));
CREATE INDEX decision_corrects ON decision (corrects, id);

CREATE TABLE party_list_correction (
  id INTEGER PRIMARY KEY,
  party_list_id INTEGER NOT NULL REFERENCES party_list(id),
  status TEXT NOT NULL CHECK (status IN ('registered', 'refused')),
  before_number TEXT NOT NULL,
  before_date TEXT NOT NULL,
  resolution_number TEXT NOT NULL CHECK (resolution_number <> ''),
  resolution_date TEXT NOT NULL CHECK (resolution_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  reason TEXT NOT NULL CHECK (reason <> ''),
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX party_list_correction_list ON party_list_correction (party_list_id, id);
CREATE TRIGGER party_list_correction_no_update BEFORE UPDATE ON party_list_correction BEGIN
  SELECT RAISE(ABORT, 'corrections cannot be changed: record a new correction');
END;
CREATE TRIGGER party_list_correction_no_delete BEFORE DELETE ON party_list_correction BEGIN
  SELECT RAISE(ABORT, 'corrections cannot be changed: record a new correction');
END;

-- The journal screen filters by who and by what was done.
CREATE INDEX journal_actor ON journal (actor, seq);
CREATE INDEX journal_action ON journal (action, seq);
`;
