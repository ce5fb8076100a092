// Party lists and results (issue 4): a list as a whole (its registration by resolution, its votes and seats), the
// "against all" votes of the election, and a list candidate's designation to one of the party's mandates. Added
// columns carry a default, which is also what `verify` expects of a row journaled before the column existed.
export const lists = `
CREATE TABLE party_list (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  election_id INTEGER NOT NULL REFERENCES election(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'registered', 'refused')),
  resolution_number TEXT,
  resolution_date TEXT CHECK (resolution_date IS NULL OR resolution_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  registered_order INTEGER CHECK (registered_order IS NULL OR registered_order > 0),
  votes INTEGER CHECK (votes IS NULL OR votes >= 0),
  seats INTEGER CHECK (seats IS NULL OR seats >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (election_id, party_id),
  CHECK ((status = 'registered') = (registered_order IS NOT NULL)),
  CHECK ((status = 'submitted') = (resolution_number IS NULL))
) STRICT;
CREATE UNIQUE INDEX party_list_registered ON party_list (election_id, registered_order);
CREATE TRIGGER party_list_no_delete BEFORE DELETE ON party_list BEGIN
  SELECT RAISE(ABORT, 'party lists are never deleted: refuse them');
END;

ALTER TABLE election ADD COLUMN against_all INTEGER CHECK (against_all IS NULL OR against_all >= 0);

ALTER TABLE nomination ADD COLUMN mandate INTEGER NOT NULL DEFAULT 0 CHECK (mandate IN (0, 1));

-- Every list of an election in one pass: the quota meter of all lists reads the party-list nominations only.
CREATE INDEX nomination_list ON nomination (election_id, kind, party_id, list_position);
`;
