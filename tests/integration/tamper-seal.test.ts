import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, type JournalRow } from '../../src/ledger/journal';
import { openDesk, person, type Desk } from './helpers';

// Issue 14, item 2: someone with the file can cut the journal's tail with its records, put a correctly hashed forged
// entry in place of the last one, or recompute the whole chain after an edit; the chain alone then still holds, and
// `tizim verify` passes. A seal (signed with a key outside the ledger) or a backup made before proves it.

const cli = resolve(__dirname, '../../out/main/cli.js');

function tizim(args: string[]): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TIZIM_LANG: 'en', LANG: 'C.UTF-8', TIZIM_DB: '', TIZIM_SEAL_KEY: '' },
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

let desk: Desk;
let sealFile: string;
let backup: string;

function nominate(iin: string, surname: string): void {
  const amanat = desk.must('parties.list', { electionId: 1 })[0]?.id ?? 0;
  desk.must('nominations.create', {
    electionId: 1,
    person: person({ iin, surname }),
    nomination: { kind: 'party-list', partyId: amanat, associationName: '', districtId: null, listPosition: null, receivedOn: '2023-02-01' },
  });
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\``);
});

beforeEach(() => {
  desk = openDesk();
  desk.must('elections.create', { preset: 'mazhilis-2023' });
  nominate('871008301420', 'Ұзақов');
  desk.ledger.close();
  sealFile = join(desk.dir, 'sealed.json');
  expect(tizim(['seal', '--db', desk.path, '--out', sealFile]).code).toBe(0);
  const made = tizim(['backup', '--db', desk.path, '--out', join(desk.dir, 'backups')]);
  expect(made.code).toBe(0);
  const name = readdirSync(join(desk.dir, 'backups')).find((n) => n.endsWith('.sqlite'));
  backup = join(desk.dir, 'backups', name ?? '');
  desk.reopen();
});
afterEach(() => desk.close());

/** The intruder's work on the file, with the journal's guards dropped. */
function tamper(work: (db: Database.Database) => void): void {
  desk.ledger.close();
  const db = new Database(desk.path);
  db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; DROP TRIGGER person_no_delete; DROP TRIGGER nomination_no_delete; DROP TRIGGER party_list_no_delete;');
  work(db);
  db.close();
}

/** Recomputes every link and hash from `from` on, as a careful intruder would. */
function rechain(db: Database.Database, from: number): void {
  const rows = db.prepare('SELECT * FROM journal WHERE seq >= ? ORDER BY seq').all(from) as JournalRow[];
  let prev = (db.prepare('SELECT hash FROM journal WHERE seq = ?').get(from - 1) as { hash: string }).hash;
  const update = db.prepare('UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = entryHash(prev, row, row.change);
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

const head = (db: Database.Database): number => (db.prepare('SELECT max(seq) AS n FROM journal').get() as { n: number }).n;

function expectOnlyTheSealFinds(reason: RegExp): void {
  // The chain alone holds: this is what verify could not see before.
  const alone = tizim(['verify', '--db', desk.path]);
  expect(alone.out).toMatch(/^The journal holds/);
  expect(alone.code).toBe(0);
  const sealed = tizim(['verify', '--db', desk.path, '--seal', sealFile]);
  expect(sealed.code).toBe(1);
  expect(sealed.out).toContain(`The ledger does not hold the seal ${sealFile}:`);
  expect(sealed.out).toMatch(reason);
  const against = tizim(['verify', '--db', desk.path, '--against', backup]);
  expect(against.code).toBe(1);
  expect(against.out).toContain(`The ledger does not hold the backup ${backup}:`);
  expect(against.out).toMatch(reason);
  // And the desk's own last seal: no command works on the ledger until the administrator has looked.
  const elections = tizim(['elections', '--db', desk.path]);
  expect(elections.code).toBe(1);
  expect(elections.out).toContain(`The ledger ${desk.path} is not trusted: it no longer holds the desk’s last seal:`);
  expect(elections.out).toMatch(reason);
}

describe('a sealed journal', () => {
  it('holds its seal and its backup while nothing was changed behind it, and after honest changes', () => {
    desk.reopen();
    nominate('900101400023', 'Серікова');
    desk.ledger.close();
    const sealed = tizim(['verify', '--db', desk.path, '--seal', sealFile]);
    expect(sealed.code).toBe(0);
    expect(sealed.out).toMatch(/The ledger holds the seal .*: journal position 60 sealed at .*; 3 entries were added since\./);
    const against = tizim(['verify', '--db', desk.path, '--against', backup]);
    expect(against.out).toContain(`The ledger holds everything in the backup ${backup} (journal position 60); 3 entries were added since.`);
    expect(against.code).toBe(0);
    desk.reopen();
  });

  it('finds the tail cut off with its records', () => {
    tamper((db) => {
      // The last nomination's three entries (person, nomination, party list) and what they made, search row included.
      db.exec(`DELETE FROM journal WHERE seq > 57;
        DELETE FROM party_list; DELETE FROM nomination; DELETE FROM candidate_order;
        INSERT INTO person_name (person_name, rowid, name_folded) SELECT 'delete', id, name_folded FROM person;
        DELETE FROM person;`);
      expect(head(db)).toBe(57);
    });
    expectOnlyTheSealFinds(/vouches for journal entry 60, but the journal now ends at entry 57: entries were removed/);
  });

  it('finds a correctly hashed forged entry put in place of the last one', () => {
    tamper((db) => {
      const last = db.prepare('SELECT * FROM journal WHERE seq = 60').get() as JournalRow;
      // The same list, recorded by someone else at another time: the record is made to match, so nothing differs.
      const change = JSON.parse(last.change) as { after: Record<string, unknown> };
      change.after.updated_at = '2026-01-01T00:00:00.000Z';
      const forged = { ...last, actor: 'intruder', change: JSON.stringify(change) };
      db.exec('DELETE FROM journal WHERE seq = 60');
      db.prepare("UPDATE party_list SET updated_at = '2026-01-01T00:00:00.000Z' WHERE id = 1").run();
      db.prepare('INSERT INTO journal (seq, at, actor, action, entity, entity_id, change, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        60, forged.at, forged.actor, forged.action, forged.entity, forged.entity_id, forged.change, forged.prev_hash, entryHash(forged.prev_hash, forged, forged.change),
      );
    });
    expectOnlyTheSealFinds(/journal entry 60 is not the one sealed at .*: the journal was rewritten/);
  });

  it('finds a whole chain recomputed after an edit of an early entry', () => {
    tamper((db) => {
      db.prepare("UPDATE journal SET actor = 'someone else' WHERE seq = 1").run();
      // The first entry links to the genesis hash; its own hash and every one after it are recomputed.
      const first = db.prepare('SELECT * FROM journal WHERE seq = 1').get() as JournalRow;
      db.prepare('UPDATE journal SET hash = ? WHERE seq = 1').run(entryHash(first.prev_hash, first, first.change));
      rechain(db, 2);
    });
    expectOnlyTheSealFinds(/journal entry 60 is not the one sealed at .*: the journal was rewritten/);
  });

  it('refuses a seal whose content was altered, and a backup of another ledger', () => {
    desk.ledger.close();
    const forgedSeal = join(desk.dir, 'forged.json');
    writeFileSync(forgedSeal, readFileSync(sealFile, 'utf8').replace('"seq": 60', '"seq": 57'));
    const forged = tizim(['verify', '--db', desk.path, '--seal', forgedSeal]);
    expect(forged.code).toBe(1);
    expect(forged.out).toContain('the seal’s signature does not match its content: it was altered or forged.');

    const other = openDesk();
    other.must('elections.create', { preset: 'mazhilis-2023' });
    other.ledger.close();
    const restored = tizim(['restore', backup, '--db', other.path]);
    rmSync(other.dir, { recursive: true, force: true });
    expect(restored.code).toBe(1);
    expect(restored.out).toMatch(new RegExp(`The backup ${backup.replace(/[.]/g, '\\.')} is of another ledger \\([0-9a-f-]{36}\\) than ${other.path.replace(/[.]/g, '\\.')} \\([0-9a-f-]{36}\\); nothing was restored\\.`));
    desk.reopen();
  });
});

describe('verify alone', () => {
  it('finds a row deleted from the names’ search index, naming the person', () => {
    const id = (desk.ledger.db.prepare('SELECT id FROM person').get() as { id: number }).id;
    desk.ledger.close();
    const db = new Database(desk.path);
    db.prepare("INSERT INTO person_name (person_name, rowid, name_folded) SELECT 'delete', id, name_folded FROM person WHERE id = ?").run(id);
    db.close();
    const result = tizim(['verify', '--db', desk.path]);
    expect(result.out).toContain(`The names’ search index does not match the persons: person No. ${id} is missing from it or indexed wrongly.`);
    expect(result.code).toBe(1);
    desk.reopen();
  });

  it('finds the candidates table’s order changed behind the desk’s back, naming the nomination', () => {
    const id = desk.ledger.db.prepare('SELECT nomination_id FROM candidate_order ORDER BY nomination_id').pluck().get() as number;
    desk.ledger.close();
    const tampered = (sql: string): ReturnType<typeof tizim> => {
      const db = new Database(desk.path);
      db.exec(sql);
      db.close();
      return tizim(['verify', '--db', desk.path]);
    };
    // A candidate lost from the table's sight.
    const lost = tampered(`DELETE FROM candidate_order WHERE nomination_id = ${id}`);
    expect(lost.out).toContain(`The candidates table’s order does not match the nominations: nomination No. ${id} is missing from it, is there too many times or is filed wrongly.`);
    expect(lost.code).toBe(1);
    // Put back as it was, the ledger is sound again.
    const restored = tampered(`INSERT INTO candidate_order SELECT n.election_id, p.name_sort, n.person_id, n.id, n.kind, n.party_id, n.district_id, n.status
      FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.id = ${id}`);
    expect(restored.code).toBe(0);
    // Filed under another name, it would show in the wrong place.
    const misfiled = tampered(`UPDATE candidate_order SET name_sort = 'А' WHERE nomination_id = ${id}`);
    expect(misfiled.out).toContain(`nomination No. ${id} is missing from it`);
    expect(misfiled.code).toBe(1);
    desk.reopen();
  });

  it('finds a migration renamed in the applied list', () => {
    desk.ledger.close();
    const db = new Database(desk.path);
    db.exec("UPDATE schema_migration SET name = 'something else' WHERE version = 8");
    db.close();
    const result = tizim(['verify', '--db', desk.path]);
    expect(result.out).toContain('The list of applied migrations is not this version’s: migration 8 is missing, renamed or unknown.');
    expect(result.code).toBe(1);
    desk.reopen();
  });
});
