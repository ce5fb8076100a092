// The same person under another IIN (issue 11): persons are looked up by their folded name and birth date, and the
// commission's statement that two such persons are different people is kept, once per pair, never changed.
export const personDistinctions = `
CREATE INDEX person_namesake ON person (name_folded, birth_date);

CREATE TABLE person_distinction (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  other_id INTEGER NOT NULL REFERENCES person(id),
  created_at TEXT NOT NULL,
  CHECK (person_id < other_id),
  UNIQUE (person_id, other_id)
) STRICT;
CREATE INDEX person_distinction_other ON person_distinction (other_id, person_id);
CREATE TRIGGER person_distinction_no_update BEFORE UPDATE ON person_distinction BEGIN
  SELECT RAISE(ABORT, 'a statement that two persons differ is kept as made');
END;
CREATE TRIGGER person_distinction_no_delete BEFORE DELETE ON person_distinction BEGIN
  SELECT RAISE(ABORT, 'a statement that two persons differ is kept as made');
END;
`;
