import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError, openLedger, SCHEMA_VERSION } from '../../src/ledger';
import { MIGRATIONS } from '../../src/ledger/migrate';
import { verifyLedger } from '../../src/ledger/verify';
import { openDesk, person, type Desk } from './helpers';

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

function seed(): void {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const amanat = desk.must('parties.list', { electionId: e.id })[0]?.id ?? 0;
  desk.must('nominations.create', {
    electionId: e.id,
    person: person(),
    nomination: { kind: 'party-list', partyId: amanat, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
}

/** Opens the ledger file as an intruder would: straight SQLite, without the service. */
function tamper(sql: string): void {
  desk.ledger.close();
  const db = new Database(desk.path);
  db.exec(sql);
  db.close();
  desk.reopen();
}

describe('migrations', () => {
  it('runs the whole chain on a new file and records each migration once', () => {
    const applied = desk.ledger.db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(desk.ledger.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = desk.ledger.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT%' ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(['backup_setting', 'ballot_verification', 'candidate_order', 'decision', 'derived_index_deferral', 'district', 'election', 'import_batch', 'journal', 'ledger_identity', 'nomination', 'party', 'party_list', 'party_list_correction', 'person', 'person_distinction', 'person_distinction_change', 'region', 'schema_migration', 'user', 'user_secret']);
    // Reopening applies nothing twice.
    desk.ledger.close();
    desk.ledger = openLedger(desk.path);
    expect(desk.ledger.db.prepare('SELECT count(*) AS n FROM schema_migration').get()).toEqual({ n: SCHEMA_VERSION });
  });

  it('refuses a ledger written by a newer Tizim, naming both schema versions', () => {
    desk.ledger.db.prepare("INSERT INTO schema_migration VALUES (?, 'from the future', '2030-01-01')").run(SCHEMA_VERSION + 1);
    desk.ledger.close();
    expect(() => openLedger(desk.path)).toThrow(
      expect.objectContaining({ messageKey: 'error.ledgerNewer', params: { found: SCHEMA_VERSION + 1, known: SCHEMA_VERSION } }),
    );
    desk.ledger = { path: desk.path, db: new Database(desk.path), close() { this.db.close(); } }; // for afterEach
  });

  it('refuses a file that is not a Tizim ledger and leaves it untouched', () => {
    const other = join(desk.dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE accounts (id INTEGER)');
    db.close();
    expect(() => openLedger(other)).toThrow(expect.objectContaining({ messageKey: 'error.ledgerNotTizim' }));
    const check = new Database(other);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'schema_migration'").get()).toEqual({ n: 0 });
    check.close();
    const text = join(desk.dir, 'notes.txt');
    writeFileSync(text, 'this is not a database, just some words that fill more than a header would');
    expect(() => openLedger(text)).toThrow(LedgerError);
    expect(() => openLedger(join(desk.dir, 'missing.sqlite'), { mustExist: true })).toThrow(
      expect.objectContaining({ messageKey: 'error.ledgerMissing' }),
    );
  });
});

describe('journal', () => {
  it('refuses UPDATE and DELETE of its rows', () => {
    seed();
    expect(() => desk.ledger.db.prepare("UPDATE journal SET actor = 'someone else' WHERE seq = 1").run()).toThrow(/cannot be changed/);
    expect(() => desk.ledger.db.prepare('DELETE FROM journal WHERE seq = 1').run()).toThrow(/cannot be changed/);
    expect(() => desk.ledger.db.prepare('DELETE FROM nomination').run()).toThrow(/never deleted/);
  });

  it('verifies an untouched ledger and gives the head hash', () => {
    seed();
    const report = verifyLedger(desk.ledger.db);
    const head = desk.must('journal.list', { limit: 1 }).rows[0];
    expect(report).toEqual({ ok: true, entries: head?.seq, headHash: head?.hash, integrity: 'ok', firstBad: null });
  });

  it('names the first journal row whose content was altered', () => {
    seed();
    tamper(`DROP TRIGGER journal_no_update;
      UPDATE journal SET actor = 'intruder' WHERE seq = 5;`);
    expect(verifyLedger(desk.ledger.db).firstBad).toEqual({ seq: 5, problem: 'hash' });
  });

  // verify hashes each change as its stored UTF-8 bytes, the row's other keys as JSON.stringify writes them.
  it('verifies a ledger whose actor and records are Kazakh text with a quote and a tab in it', () => {
    desk.close();
    desk = openDesk('Ғалия "бас"\tхатшы');
    seed();
    expect(verifyLedger(desk.ledger.db)).toMatchObject({ ok: true, firstBad: null });
  });

  it('names the journal row whose change had one Kazakh letter replaced', () => {
    seed();
    const seq = desk.ledger.db.prepare("SELECT max(seq) FROM journal WHERE entity = 'person'").pluck().get() as number;
    const change = desk.ledger.db.prepare('SELECT change FROM journal WHERE seq = ?').pluck().get(seq) as string;
    const letter = [...change].find((c) => /[әғқңөұүһі]/i.test(c)) as string;
    tamper(`DROP TRIGGER journal_no_update;
      UPDATE journal SET change = replace(change, '${letter}', '${letter === 'ә' ? 'ө' : 'ә'}') WHERE seq = ${seq};`);
    expect(verifyLedger(desk.ledger.db).firstBad).toEqual({ seq, problem: 'hash' });
  });

  it('names the gap where a journal row was deleted', () => {
    seed();
    tamper(`DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = 7;`);
    expect(verifyLedger(desk.ledger.db)).toMatchObject({ ok: false, firstBad: { seq: 8, problem: 'sequence' } });
  });

  it('finds a record edited behind the service, even with the journal intact', () => {
    seed();
    tamper(`UPDATE person SET birth_date = '2005-01-01' WHERE iin = '871008301420';`);
    const report = verifyLedger(desk.ledger.db);
    const personRow = desk.must('journal.list', { entity: 'person' }).rows[0];
    expect(report.firstBad).toEqual({ seq: personRow?.seq, problem: 'state', entity: 'person', entityId: personRow?.entityId });
  });

  it('finds a record slipped in without a journal row', () => {
    seed();
    tamper(`INSERT INTO party (election_id, code, short_name, name_kk, name_ru, name_en, ballot_order)
      VALUES (1, 'ghost', 'Ghost', 'Г', 'Г', 'G', 99);`);
    expect(verifyLedger(desk.ledger.db).firstBad).toMatchObject({ seq: null, problem: 'state', entity: 'party' });
  });

  it('finds a rewritten row whose hash was recomputed but whose successor no longer links', () => {
    seed();
    tamper(`DROP TRIGGER journal_no_update;
      UPDATE journal SET hash = '${'f'.repeat(64)}' WHERE seq = 3;`);
    expect(verifyLedger(desk.ledger.db).firstBad).toEqual({ seq: 3, problem: 'hash' });
  });
});
