// Issue 15: a bulk write (an import, 100,000 persons and nominations in one transaction) fills the two derived
// indexes, the names' search index (001) and the candidates' order (014), once at its end instead of row by row.
// Row by row, FTS5 writes its pending terms out at the end of every statement, and the order's B-tree takes one
// entry at a time in name order, a random place each. Measured, 100,000 persons and nominations written one by one:
// 15.5–15.7 s of CPU with the triggers, 12.9–13.2 s deferred (the fill itself about 0.3 s); in wall time, on a
// machine busy with other work, 30.8–34.6 s against 14.1–16.7 s, the pages of the two indexes no longer thrown
// out of the cache and read back.
//
// While a bulk write runs, its transaction holds one row here: the first person and nomination ids it makes. The
// triggers pass over those rows (and updates of them), and the write fills both indexes from the rows' final state
// before it deletes the row, in the same transaction (derived-indexes.ts). No other connection ever sees the row:
// it is made and deleted inside one write transaction, and a write that fails or is killed leaves nothing. `verify`
// compares both indexes with the tables they derive from, so an index left short could not go unnoticed.
export const deferredIndexes = `
CREATE TABLE derived_index_deferral (
  person_from INTEGER NOT NULL,
  nomination_from INTEGER NOT NULL
) STRICT;

DROP TRIGGER person_name_insert;
CREATE TRIGGER person_name_insert AFTER INSERT ON person
  WHEN NOT EXISTS (SELECT 1 FROM derived_index_deferral WHERE new.id >= person_from) BEGIN
  INSERT INTO person_name (rowid, name_folded) VALUES (new.id, new.name_folded);
END;
DROP TRIGGER person_name_update;
CREATE TRIGGER person_name_update AFTER UPDATE OF name_folded ON person
  WHEN NOT EXISTS (SELECT 1 FROM derived_index_deferral WHERE old.id >= person_from) BEGIN
  INSERT INTO person_name (person_name, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
  INSERT INTO person_name (rowid, name_folded) VALUES (new.id, new.name_folded);
END;

DROP TRIGGER candidate_order_insert;
CREATE TRIGGER candidate_order_insert AFTER INSERT ON nomination
  WHEN new.voided_at IS NULL AND NOT EXISTS (SELECT 1 FROM derived_index_deferral WHERE new.id >= nomination_from) BEGIN
  INSERT INTO candidate_order
    SELECT new.election_id, p.name_sort, new.person_id, new.id, new.kind, new.party_id, new.district_id, new.status
    FROM person p WHERE p.id = new.person_id;
END;
DROP TRIGGER candidate_order_update;
CREATE TRIGGER candidate_order_update AFTER UPDATE OF election_id, person_id, kind, party_id, district_id, status, voided_at ON nomination
  WHEN NOT EXISTS (SELECT 1 FROM derived_index_deferral WHERE old.id >= nomination_from) BEGIN
  DELETE FROM candidate_order WHERE election_id = old.election_id AND person_id = old.person_id AND nomination_id = old.id
    AND name_sort = (SELECT name_sort FROM person WHERE id = old.person_id);
  INSERT INTO candidate_order
    SELECT new.election_id, p.name_sort, new.person_id, new.id, new.kind, new.party_id, new.district_id, new.status
    FROM person p WHERE p.id = new.person_id AND new.voided_at IS NULL;
END;
`;
