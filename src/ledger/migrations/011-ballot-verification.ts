// Four eyes on ballot data (issue 13): what a second entry and the secretary's resolutions established about each
// nomination's ballot fields. A row is made by the first second entry; the first entry is the nomination and its
// person as stored, so nothing is copied of it. `verified` keeps each verified field's value as stored when it was
// verified (a later change of the field no longer equals it, and so unverifies it); `pending` the differences a
// second entry found, each with the first entry's value it was compared with, until the secretary resolves them.
export const ballotVerification = `
CREATE TABLE ballot_verification (
  id INTEGER PRIMARY KEY,
  nomination_id INTEGER NOT NULL UNIQUE REFERENCES nomination(id),
  version INTEGER NOT NULL DEFAULT 1,
  verified TEXT NOT NULL CHECK (json_valid(verified) AND json_type(verified) = 'object'),
  pending TEXT CHECK (pending IS NULL OR (json_valid(pending) AND json_type(pending) = 'object')),
  second_user_id INTEGER REFERENCES user(id),
  second_actor TEXT NOT NULL DEFAULT '',
  second_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((pending IS NULL) = (second_at IS NULL))
) STRICT;
CREATE TRIGGER ballot_verification_no_delete BEFORE DELETE ON ballot_verification BEGIN
  SELECT RAISE(ABORT, 'what two entries established is kept: a later change unverifies it');
END;
`;
