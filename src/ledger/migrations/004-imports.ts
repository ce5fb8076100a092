// Imports (issue 6): one row per committed workbook, journaled as one entry; each person and nomination the import
// added is journaled with the import's id and the sheet row it came from.
export const imports = `
CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES election(id),
  file_name TEXT NOT NULL,
  digest TEXT NOT NULL CHECK (length(digest) = 64),
  sheet TEXT NOT NULL,
  party_id INTEGER REFERENCES party(id),
  rows INTEGER NOT NULL CHECK (rows >= 0),
  added INTEGER NOT NULL CHECK (added > 0),
  persons INTEGER NOT NULL CHECK (persons >= 0 AND persons <= added),
  skipped_existing INTEGER NOT NULL CHECK (skipped_existing >= 0),
  skipped_duplicate INTEGER NOT NULL CHECK (skipped_duplicate >= 0),
  skipped_invalid INTEGER NOT NULL CHECK (skipped_invalid >= 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX import_batch_election ON import_batch (election_id, id);
CREATE TRIGGER import_batch_no_update BEFORE UPDATE ON import_batch BEGIN
  SELECT RAISE(ABORT, 'an import is a record of what happened and cannot be changed');
END;
CREATE TRIGGER import_batch_no_delete BEFORE DELETE ON import_batch BEGIN
  SELECT RAISE(ABORT, 'an import is a record of what happened and cannot be changed');
END;
`;
