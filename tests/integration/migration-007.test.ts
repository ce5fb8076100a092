import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger';
import { MIGRATIONS, migrate } from '../../src/ledger/migrate';
import { insertNomination } from '../../src/ledger/nominations';
import { insertPerson } from '../../src/ledger/persons';
import { recordChange } from '../../src/ledger/record';
import { verifyLedger } from '../../src/ledger/verify';
import { createService } from '../../src/service';
import type { InputOf, MethodName, Outputs } from '../../src/service/contract';
import { nomination, person } from './helpers';

// A ledger as the region-codes release (schema 6) left it: an election, two nominations and a decision, journaled
// before nominations, elections and decisions had the columns of voiding and correction. Opened by this release,
// every record still proves against its journal image (the new columns hold their declared defaults), nothing reads
// as voided, and the entries can then be voided and the decision corrected, the ledger still proving itself.

let dir: string;
let path: string;
let ledger: Ledger | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tizim-migration-'));
  path = join(dir, 'schema6.sqlite');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, path, MIGRATIONS.slice(0, 6));
  const who = { actor: 'clerk.2023', at: '2023-02-01T09:00:00.000Z' };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO election (id, kind, preset, name_kk, name_ru, name_en, election_day, list_mandates, profile, created_at)
       VALUES (1, 'mazhilis', 'mazhilis-2023', 'Мәжіліс', 'Мажилис', 'Mazhilis', '2023-03-19', 69, '{}', ?)`,
    ).run(who.at);
    recordChange(db, who, 'election.create', 'election', 1, 'Mazhilis');
    db.prepare(`INSERT INTO region (id, election_id, code, kind, name_kk, name_ru, name_en, utc_offset_hours)
       VALUES (1, 1, 'astana', 'city', 'Астана', 'Астана', 'Astana', 6)`).run();
    recordChange(db, who, 'region.create', 'region', 1, 'Astana');
    db.prepare(`INSERT INTO district (id, election_id, number, region_id, name_kk, name_ru, name_en) VALUES (1, 1, 1, 1, '№1', '№1', 'No. 1'), (2, 1, 2, 1, '№2', '№2', 'No. 2')`).run();
    for (const id of [1, 2]) recordChange(db, who, 'district.create', 'district', id, `№ ${id}`);
    const p = insertPerson(db, who, person({ iin: '871008301420' }));
    const decided = insertNomination(db, who, 1, p, { ...nomination({ kind: 'district-self', districtId: 1 }), kind: 'district-self' });
    insertNomination(db, who, 1, p, { ...nomination({ kind: 'district-self', districtId: 2 }), kind: 'district-self' });
    // The decision as schema 6 wrote it: no column saying what it corrects.
    db.prepare(`INSERT INTO decision (id, nomination_id, decision, from_status, resolution_number, resolution_date, grounds, findings, actor, at)
       VALUES (1, ?, 'registered', 'nominated', '3/1', '2023-02-10', '{"rules":[],"text":""}', '[]', ?, ?)`).run(decided, who.actor, who.at);
    recordChange(db, who, 'decision.create', 'decision', 1, 'p');
    db.prepare("UPDATE nomination SET status = 'registered', version = version + 1 WHERE id = ?").run(decided);
    recordChange(db, who, 'nomination.decide', 'nomination', decided, 'p');
  })();
  db.close();
});
afterEach(() => {
  ledger?.close();
  ledger = null;
  rmSync(dir, { recursive: true, force: true });
});

it('opens a schema-6 ledger whose records prove against images without the new columns, then voids and corrects', () => {
  ledger = openLedger(path);
  expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, firstBad: null });
  const service = createService(ledger, { actor: 'clerk.2024', now: () => new Date('2023-02-21T05:00:00Z') });
  const must = <M extends MethodName>(method: M, input: InputOf<M>): Outputs[M] => {
    const r = service.call(method, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as Outputs[M];
  };
  expect(must('nominations.list', { electionId: 1 }).rows.map((r) => [r.nominationId, r.voided])).toEqual([[1, false], [2, false]]);
  expect(must('elections.list', {}).map((e) => e.voided)).toEqual([null]);

  must('nominations.void', { id: 2, version: 1, reason: 'Дубль' });
  const [decision] = must('nominations.history', { id: 1 }).decisions;
  expect(decision).toMatchObject({ resolutionNumber: '3/1', recorded: { resolutionNumber: '3/1' }, corrections: [] });
  must('nominations.correctDecision', { id: 1, decisionId: decision?.id ?? 0, corrections: 0, resolutionNumber: '3/2', resolutionDate: '2023-02-10', reason: 'Опечатка' });
  expect(must('nominations.history', { id: 1 }).decisions[0]?.resolutionNumber).toBe('3/2');
  expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, firstBad: null });
});
