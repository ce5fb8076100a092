// Eligibility and the registration workflow (issue 3): the declarations and service of a person, the receipt time
// and documents of a nomination, a party's deposit status, and the commission's decisions. Added columns carry a
// default, which is also what `verify` expects of a row journaled before the column existed.
export const eligibility = `
ALTER TABLE person ADD COLUMN decl_incapacity TEXT NOT NULL DEFAULT 'unknown'
  CHECK (decl_incapacity IN ('unknown', 'no', 'yes'));
ALTER TABLE person ADD COLUMN decl_imprisonment TEXT NOT NULL DEFAULT 'unknown'
  CHECK (decl_imprisonment IN ('unknown', 'no', 'yes'));
ALTER TABLE person ADD COLUMN decl_criminal_record TEXT NOT NULL DEFAULT 'unknown'
  CHECK (decl_criminal_record IN ('unknown', 'no', 'yes'));
ALTER TABLE person ADD COLUMN decl_corruption TEXT NOT NULL DEFAULT 'unknown'
  CHECK (decl_corruption IN ('unknown', 'no', 'yes'));
ALTER TABLE person ADD COLUMN service_restriction TEXT NOT NULL DEFAULT ''
  CHECK (service_restriction IN ('', 'military', 'national-security', 'law-enforcement', 'judge'));

ALTER TABLE nomination ADD COLUMN received_time TEXT NOT NULL DEFAULT ''
  CHECK (received_time = '' OR received_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE nomination ADD COLUMN documents TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(documents) AND json_type(documents) = 'object');

ALTER TABLE party ADD COLUMN deposit_status TEXT NOT NULL DEFAULT 'full'
  CHECK (deposit_status IN ('full', 'seventy', 'half', 'exempt'));

-- A decision is a resolution of the commission: once taken it is never edited or removed; a later decision
-- (a cancellation after registration) is a new row.
CREATE TABLE decision (
  id INTEGER PRIMARY KEY,
  nomination_id INTEGER NOT NULL REFERENCES nomination(id),
  decision TEXT NOT NULL CHECK (decision IN ('registered', 'refused', 'withdrawn', 'cancelled')),
  from_status TEXT NOT NULL CHECK (from_status IN ('nominated', 'registered', 'refused', 'withdrawn', 'cancelled')),
  resolution_number TEXT NOT NULL CHECK (resolution_number <> ''),
  resolution_date TEXT NOT NULL CHECK (resolution_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  grounds TEXT NOT NULL CHECK (json_valid(grounds)),
  findings TEXT NOT NULL CHECK (json_valid(findings)),
  actor TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX decision_nomination ON decision (nomination_id, id);
CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision BEGIN
  SELECT RAISE(ABORT, 'decisions cannot be changed: record a new decision');
END;
CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision BEGIN
  SELECT RAISE(ABORT, 'decisions cannot be changed: record a new decision');
END;
`;
