// "Not the same person" can be taken back (issue 11): a pair's statement stays as made (009), and each later change
// of mind is a row of its own, with its reason; the latest row says whether the statement stands (a statement with
// no change stands). A pair taken back can be marked again, as a new row, so the pair keeps one statement for good.
export const distinctionChanges = `
CREATE TABLE person_distinction_change (
  id INTEGER PRIMARY KEY,
  distinction_id INTEGER NOT NULL REFERENCES person_distinction(id),
  stands INTEGER NOT NULL CHECK (stands IN (0, 1)),
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (stands = 1 OR reason <> '')
) STRICT;
CREATE INDEX person_distinction_change_latest ON person_distinction_change (distinction_id, id);
CREATE TRIGGER person_distinction_change_no_update BEFORE UPDATE ON person_distinction_change BEGIN
  SELECT RAISE(ABORT, 'a change of a distinction is kept as made: record a new one');
END;
CREATE TRIGGER person_distinction_change_no_delete BEFORE DELETE ON person_distinction_change BEGIN
  SELECT RAISE(ABORT, 'a change of a distinction is kept as made: record a new one');
END;

CREATE VIEW person_distinction_standing AS
  SELECT d.id, d.person_id, d.other_id, d.created_at FROM person_distinction d
  WHERE coalesce((SELECT c.stands FROM person_distinction_change c WHERE c.distinction_id = d.id ORDER BY c.id DESC LIMIT 1), 1) = 1;
`;
