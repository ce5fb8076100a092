// The first schema. Migrations only add: a later change is a new file, never an edit of this one.
export const foundation = `
CREATE TABLE election (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('mazhilis', 'maslikhat-regional', 'maslikhat-district')),
  preset TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  council_name TEXT,
  region_code TEXT,
  election_day TEXT NOT NULL CHECK (election_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  list_mandates INTEGER NOT NULL CHECK (list_mandates >= 0),
  profile TEXT NOT NULL CHECK (json_valid(profile)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE region (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES election(id),
  code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('city', 'region')),
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  utc_offset_hours INTEGER NOT NULL CHECK (utc_offset_hours BETWEEN -12 AND 14),
  UNIQUE (election_id, code)
) STRICT;

CREATE TABLE district (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES election(id),
  number INTEGER NOT NULL CHECK (number > 0),
  region_id INTEGER NOT NULL REFERENCES region(id),
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  UNIQUE (election_id, number)
) STRICT;

CREATE TABLE party (
  id INTEGER PRIMARY KEY,
  election_id INTEGER NOT NULL REFERENCES election(id),
  code TEXT NOT NULL,
  short_name TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  ballot_order INTEGER NOT NULL,
  UNIQUE (election_id, code)
) STRICT;

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  iin TEXT NOT NULL UNIQUE CHECK (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*'),
  surname TEXT NOT NULL CHECK (surname <> ''),
  given_name TEXT NOT NULL CHECK (given_name <> ''),
  patronymic TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
  citizenship TEXT NOT NULL CHECK (citizenship IN ('KZ', 'other', 'none')),
  resident_since TEXT NOT NULL,
  disability INTEGER NOT NULL CHECK (disability IN (0, 1)),
  residence_region TEXT NOT NULL,
  residence_settlement TEXT NOT NULL,
  education TEXT NOT NULL CHECK (education IN ('', 'secondary', 'vocational', 'incomplete-higher', 'higher', 'postgraduate')),
  occupation TEXT NOT NULL,
  workplace TEXT NOT NULL,
  party_membership TEXT NOT NULL,
  nationality TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX person_sort ON person (name_sort, id);

-- Names are folded by the application (Kazakh letters onto Russian ones, Ё onto Е) before FTS5 sees them, so a
-- search for «Узаков» finds «Ұзақов».
CREATE VIRTUAL TABLE person_name USING fts5 (name_folded, content = 'person', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER person_name_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_name (rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER person_name_update AFTER UPDATE OF name_folded ON person BEGIN
  INSERT INTO person_name (person_name, rowid, name_folded) VALUES ('delete', old.id, old.name_folded);
  INSERT INTO person_name (rowid, name_folded) VALUES (new.id, new.name_folded);
END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person BEGIN
  SELECT RAISE(ABORT, 'persons are never deleted');
END;

CREATE TABLE nomination (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  election_id INTEGER NOT NULL REFERENCES election(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  kind TEXT NOT NULL CHECK (kind IN ('party-list', 'district-party', 'district-association', 'district-self')),
  party_id INTEGER REFERENCES party(id),
  association_name TEXT NOT NULL,
  district_id INTEGER REFERENCES district(id),
  list_position INTEGER CHECK (list_position IS NULL OR list_position > 0),
  received_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'registered', 'refused', 'withdrawn', 'cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind IN ('party-list', 'district-party')) = (party_id IS NOT NULL)),
  CHECK ((kind = 'district-association') = (association_name <> '')),
  CHECK ((kind = 'party-list') = (district_id IS NULL)),
  CHECK ((kind = 'party-list') OR list_position IS NULL)
) STRICT;
CREATE INDEX nomination_election ON nomination (election_id, person_id);
CREATE INDEX nomination_person ON nomination (person_id);
CREATE INDEX nomination_party ON nomination (election_id, party_id, list_position);
CREATE INDEX nomination_district ON nomination (election_id, district_id);
CREATE TRIGGER nomination_no_delete BEFORE DELETE ON nomination BEGIN
  SELECT RAISE(ABORT, 'nominations are never deleted: withdraw, refuse or cancel them');
END;

-- The journal: one row per change, each hashed over the previous row's hash and its own canonical JSON.
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  change TEXT NOT NULL CHECK (json_valid(change)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX journal_entity ON journal (entity, entity_id, seq);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN
  SELECT RAISE(ABORT, 'the journal cannot be changed');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
  SELECT RAISE(ABORT, 'the journal cannot be changed');
END;
`;
