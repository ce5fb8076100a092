// Issue 15: the candidates table in name order at any offset. The name order lives on the person and the election
// and the filters on the nomination, so a page at offset 90,000 had to look up 90,000 nominations one by one
// (about 200 ms). This table holds the election's standing nominations in that very order, with the columns the
// table filters on, in one B-tree: a page skips the rows before it inside the B-tree (about 1 ms at 90,000).
//
// It is derived, like the names' search index: triggers keep it in the transaction of each change to a person or a
// nomination, and it is never journaled (the journal holds the persons and nominations it is made of). Entries made
// in error are left out, as the table leaves them out; the few the clerk asks to see are read from the nominations.
export const candidateOrder = `
CREATE TABLE candidate_order (
  election_id INTEGER NOT NULL,
  name_sort TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  nomination_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  party_id INTEGER,
  district_id INTEGER,
  status TEXT NOT NULL,
  PRIMARY KEY (election_id, name_sort, person_id, nomination_id)
) WITHOUT ROWID, STRICT;
INSERT INTO candidate_order
  SELECT n.election_id, p.name_sort, n.person_id, n.id, n.kind, n.party_id, n.district_id, n.status
  FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.voided_at IS NULL;

CREATE TRIGGER candidate_order_insert AFTER INSERT ON nomination WHEN new.voided_at IS NULL BEGIN
  INSERT INTO candidate_order
    SELECT new.election_id, p.name_sort, new.person_id, new.id, new.kind, new.party_id, new.district_id, new.status
    FROM person p WHERE p.id = new.person_id;
END;
CREATE TRIGGER candidate_order_update AFTER UPDATE OF election_id, person_id, kind, party_id, district_id, status, voided_at ON nomination BEGIN
  DELETE FROM candidate_order WHERE election_id = old.election_id AND person_id = old.person_id AND nomination_id = old.id
    AND name_sort = (SELECT name_sort FROM person WHERE id = old.person_id);
  INSERT INTO candidate_order
    SELECT new.election_id, p.name_sort, new.person_id, new.id, new.kind, new.party_id, new.district_id, new.status
    FROM person p WHERE p.id = new.person_id AND new.voided_at IS NULL;
END;
CREATE TRIGGER candidate_order_rename AFTER UPDATE OF name_sort ON person BEGIN
  UPDATE candidate_order SET name_sort = new.name_sort
  WHERE election_id IN (SELECT election_id FROM nomination WHERE person_id = old.id) AND name_sort = old.name_sort AND person_id = old.id;
END;

-- In arrival order the filters and the order are the nomination's own: an index of the standing ones does it.
CREATE INDEX nomination_received ON nomination (election_id, received_on) WHERE voided_at IS NULL;
`;
