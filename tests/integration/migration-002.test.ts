import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { parseSqlLiteral, UNKNOWN_DEFAULT } from '../../src/ledger/column-defaults';
import { MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { recordChange } from '../../src/ledger/record';
import { verifyLedger } from '../../src/ledger/verify';
import { createService } from '../../src/service';
import { findPreset } from '../../src/service/presets';

// A ledger written by the foundation release (schema 1) and opened by this one: its rows were journaled before
// migration 2 added columns, so their journal images lack them. Verify must accept the columns' defaults there and
// still catch an edit of a new column made behind the service's back.

let dir: string;
let path: string;
let ledger: Ledger | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-migration-'));
  path = join(dir, 'old.sqlite');
  writeOldLedger(path);
});
afterEach(() => {
  ledger?.close();
  ledger = null;
  rmSync(dir, { recursive: true, force: true });
});

/** What the foundation release wrote: an election, a party, a person and a list nomination, each journaled. */
function writeOldLedger(file: string): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, file, MIGRATIONS.slice(0, 1));
  const who = { actor: 'clerk.2023', at: '2023-01-25T09:00:00.000Z' };
  const profile = findPreset('mazhilis-2023')?.profile;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO election (id, kind, preset, name_kk, name_ru, name_en, election_day, list_mandates, profile, created_at)
       VALUES (1, 'mazhilis', 'mazhilis-2023', 'Мәжіліс', 'Мажилис', 'Mazhilis', '2023-03-19', 69, ?, ?)`,
    ).run(JSON.stringify(profile), who.at);
    recordChange(db, who, 'election.create', 'election', 1, 'Mazhilis');
    db.prepare(
      `INSERT INTO party (id, election_id, code, short_name, name_kk, name_ru, name_en, ballot_order)
       VALUES (1, 1, 'amanat', 'AMANAT', 'AMANAT', 'AMANAT', 'AMANAT', 1)`,
    ).run();
    recordChange(db, who, 'party.create', 'party', 1, 'AMANAT');
    db.prepare(
      `INSERT INTO person (id, iin, surname, given_name, patronymic, name_folded, name_sort, birth_date, sex, citizenship,
         resident_since, disability, residence_region, residence_settlement, education, occupation, workplace,
         party_membership, nationality, created_at, updated_at)
       VALUES (1, '871008301420', 'Ұзақов', 'Әлихан', 'Серікұлы', 'узаков алихан серикулы', 'x', '1987-10-08', 'male', 'KZ',
         '1987-10-08', 0, 'astana', 'Астана', 'higher', '', '', 'amanat', '', ?, ?)`,
    ).run(who.at, who.at);
    recordChange(db, who, 'person.create', 'person', 1, 'Ұзақов Әлихан Серікұлы, 871008301420');
    db.prepare(
      `INSERT INTO nomination (id, election_id, person_id, kind, party_id, association_name, list_position, received_on,
         created_at, updated_at) VALUES (1, 1, 1, 'party-list', 1, '', 1, '2023-02-01', ?, ?)`,
    ).run(who.at, who.at);
    recordChange(db, who, 'nomination.create', 'nomination', 1, 'Ұзақов Әлихан Серікұлы, 871008301420');
  })();
  db.close();
}

function tamper(sql: string): void {
  // Opened once first, so the file has the new columns to tamper with.
  (ledger ?? openLedger(path)).close();
  const db = new Database(path);
  db.exec(sql);
  db.close();
  ledger = openLedger(path);
}

describe('a ledger from schema 1, migrated', () => {
  it('verifies: rows journaled before the new columns hold those columns’ defaults', () => {
    ledger = openLedger(path);
    expect(ledger.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const journalImage = JSON.parse(
      (ledger.db.prepare("SELECT change FROM journal WHERE entity = 'person'").get() as { change: string }).change,
    ) as { after: Record<string, unknown> };
    expect(journalImage.after).not.toHaveProperty('decl_corruption');
    // The four rows the foundation release wrote, migration 5's (the party's short names) and migration 7's (the
    // election's commission), under the desk's name.
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, entries: 6, firstBad: null });
    expect(ledger.db.prepare('SELECT actor, action, entity_id FROM journal WHERE seq = 5').get()).toEqual({ actor: 'tizim', action: 'party.update', entity_id: 1 });
  });

  it('reads the old rows with the defaults and says what is still unknown', () => {
    ledger = openLedger(path);
    const service = createService(ledger, { actor: 'clerk.2024' });
    const r = service.call('nominations.get', { id: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const c = r.value as { person: { declarations: unknown }; nomination: { documents: unknown; receivedTime: string }; findings: { rule: string; severity: string }[] };
    expect(c.person.declarations).toEqual({ incapacity: 'unknown', imprisonment: 'unknown', criminalRecord: 'unknown', corruption: 'unknown' });
    expect(c.nomination).toMatchObject({ documents: {}, receivedTime: '' });
    expect(c.findings.filter((f) => f.rule.startsWith('declaration.')).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    const parties = service.call('parties.list', { electionId: 1 });
    expect(parties).toMatchObject({ ok: true, value: [{ code: 'amanat', depositStatus: 'full' }] });
  });

  it('still catches an edit of a new column made behind the service’s back', () => {
    tamper("UPDATE person SET decl_corruption = 'no' WHERE id = 1");
    expect(verifyLedger((ledger as Ledger).db).firstBad).toEqual({ seq: 3, problem: 'state', entity: 'person', entityId: 1 });
  });

  it('catches a new column of a party or nomination changed behind the service’s back', () => {
    tamper("UPDATE party SET deposit_status = 'exempt' WHERE id = 1");
    expect(verifyLedger((ledger as Ledger).db).firstBad).toMatchObject({ problem: 'state', entity: 'party', entityId: 1 });
    tamper("UPDATE party SET deposit_status = 'full' WHERE id = 1; UPDATE nomination SET documents = '{\"deposit\":\"received\"}'");
    expect(verifyLedger((ledger as Ledger).db).firstBad).toMatchObject({ problem: 'state', entity: 'nomination', entityId: 1 });
  });

  it('verifies after the service changes an old row (its new image has every column)', () => {
    ledger = openLedger(path);
    const service = createService(ledger, { actor: 'clerk.2024' });
    expect(service.call('parties.update', { id: 1, depositStatus: 'half' })).toMatchObject({ ok: true, value: { depositStatus: 'half' } });
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, entries: 7 });
  });
});

describe('column defaults', () => {
  it('reads SQL literals as SQLite stores them in table_info', () => {
    expect(parseSqlLiteral("'unknown'")).toBe('unknown');
    expect(parseSqlLiteral("''")).toBe('');
    expect(parseSqlLiteral("'it''s'")).toBe("it's");
    expect(parseSqlLiteral("'{}'")).toBe('{}');
    expect(parseSqlLiteral('1')).toBe(1);
    expect(parseSqlLiteral('-2.5')).toBe(-2.5);
    expect(parseSqlLiteral("('x')")).toBe('x');
    expect(parseSqlLiteral('NULL')).toBeNull();
    expect(parseSqlLiteral(null)).toBeNull();
    expect(parseSqlLiteral('CURRENT_TIMESTAMP')).toBe(UNKNOWN_DEFAULT);
  });
});
