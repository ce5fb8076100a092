import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { insertPerson } from '../../src/ledger/persons';
import { recordChange } from '../../src/ledger/record';
import { verifyLedger } from '../../src/ledger/verify';
import { createService } from '../../src/service';
import { person } from './helpers';

// A ledger as the import release (schema 4) left it: parties without their short names per language, and imported
// persons whose region of residence is the text of a cell. Opening it with this release gives the parties of the
// reference data their short names and replaces each region text that names a region by its code, every change
// journaled under the desk's own name; a text that names no region is left as it was.

let dir: string;
let path: string;
let ledger: Ledger | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-migration-'));
  path = join(dir, 'schema4.sqlite');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, path, MIGRATIONS.slice(0, 4));
  const who = { actor: 'clerk.2023', at: '2023-01-25T09:00:00.000Z' };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO election (id, kind, preset, name_kk, name_ru, name_en, election_day, list_mandates, profile, created_at)
       VALUES (1, 'mazhilis', 'mazhilis-2023', 'Мәжіліс', 'Мажилис', 'Mazhilis', '2023-03-19', 69, '{}', ?)`,
    ).run(who.at);
    recordChange(db, who, 'election.create', 'election', 1, 'Mazhilis');
    // Parties as schema 4 had them: no short names.
    db.prepare(`INSERT INTO party (id, election_id, code, short_name, name_kk, name_ru, name_en, ballot_order)
       VALUES (1, 1, 'aq-jol', 'Aq Jol', '«Ақ жол»', '«Ак жол»', 'Aq Jol', 1), (2, 1, 'own', 'Own', 'Own', 'Own', 'Own', 2)`).run();
    for (const id of [1, 2]) recordChange(db, who, 'party.create', 'party', id, `party ${id}`);
    for (const [i, region] of ['город Астана', 'Акмолинская обл.', 'ВКО', 'astana', 'Марс', ''].entries())
      insertPerson(db, who, person({ iin: `87100830142${i}`, residenceRegion: region }));
  })();
  db.close();
});
afterEach(() => {
  ledger?.close();
  ledger = null;
  rmSync(dir, { recursive: true, force: true });
});

it('gives the reference parties their short names per language, journaled, and keeps the Latin one for the others', () => {
  ledger = openLedger(path);
  const service = createService(ledger, { actor: 'clerk.2024' });
  const parties = service.call('parties.list', { electionId: 1 });
  expect(parties).toMatchObject({
    ok: true,
    value: [
      { code: 'aq-jol', shortName: 'Aq Jol', short: { kk: 'Ақ жол', ru: 'Ак жол', en: 'Aq Jol' } },
      { code: 'own', shortName: 'Own', short: { kk: 'Own', ru: 'Own', en: 'Own' } },
    ],
  });
  const migrated = ledger.db.prepare("SELECT actor, action, entity_id AS id FROM journal WHERE actor = 'tizim' AND entity = 'party'").all();
  expect(migrated).toEqual([{ actor: 'tizim', action: 'party.update', id: 1 }]);
});

it('replaces the region texts that name a region by its code, journaled with before and after, and leaves the rest', () => {
  ledger = openLedger(path);
  const rows = ledger.db.prepare('SELECT iin, residence_region AS region, version FROM person ORDER BY iin').all();
  expect(rows).toEqual([
    { iin: '871008301420', region: 'astana', version: 2 },
    { iin: '871008301421', region: 'akmola', version: 2 },
    { iin: '871008301422', region: 'east-kazakhstan', version: 2 },
    { iin: '871008301423', region: 'astana', version: 1 },
    { iin: '871008301424', region: 'Марс', version: 1 },
    { iin: '871008301425', region: '', version: 1 },
  ]);
  const changes = (ledger.db.prepare("SELECT change FROM journal WHERE actor = 'tizim' AND entity = 'person' ORDER BY seq").all() as { change: string }[]).map(
    (r) => (JSON.parse(r.change) as { region: unknown }).region,
  );
  expect(changes).toEqual([
    { before: 'город Астана', after: 'astana' },
    { before: 'Акмолинская обл.', after: 'akmola' },
    { before: 'ВКО', after: 'east-kazakhstan' },
  ]);
  expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, firstBad: null });
});

it('does nothing twice: opening the ledger again changes nothing', () => {
  openLedger(path).close();
  ledger = openLedger(path);
  // Migration 5's party, 6's three persons and 7's election commission.
  expect((ledger.db.prepare("SELECT count(*) AS n FROM journal WHERE actor = 'tizim'").get() as { n: number }).n).toBe(5);
});
