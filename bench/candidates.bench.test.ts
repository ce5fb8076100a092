import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Ledger } from '../src/ledger';
import type { Service } from '../src/service';
import { seedCandidates, syntheticPerson } from '../tests/fixtures/synthetic';
import { openBenchDesk, type BenchDesk } from './desk';
import { report, time } from './measure';

// The candidates table over 100,000 nominations: one page of the table (what a scroll or a keystroke costs) and
// the journaled bulk write, each against better-sqlite3 doing the bare equivalent.

const N = 100_000;
let desk: BenchDesk;
let ledger: Ledger;
let service: Service;
let electionId: number;

beforeAll(() => {
  desk = openBenchDesk('candidates');
  ({ ledger, service, electionId } = desk);
});
afterAll(() => desk.close());

it(`writes ${N} journaled nominations, against bare inserts of the same rows`, () => {
  const tizim = time(() => seedCandidates(ledger, electionId, N));
  const bare = new Database(join(desk.dir, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, iin TEXT, surname TEXT, given_name TEXT, birth_date TEXT) STRICT');
  const insert = bare.prepare('INSERT INTO person (iin, surname, given_name, birth_date) VALUES (?, ?, ?, ?)');
  const people = Array.from({ length: N }, (_, i) => syntheticPerson(i));
  const bareMs = time(() => bare.transaction(() => { for (const p of people) insert.run(p.iin, p.surname, p.givenName, p.birthDate); })());
  bare.close();
  report('bulk write (persons + nominations + journal)', tizim, bareMs);
});

it('serves a page of the candidates table', () => {
  const page = (input: Record<string, unknown>) => () => {
    const r = service.call('nominations.list', { electionId, limit: 100, ...input });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as { total: number };
  };
  const bare = () => ledger.db.prepare('SELECT * FROM nomination WHERE election_id = ? LIMIT 100').all(electionId);
  const bareMs = time(bare, 20);
  expect(page({})().total).toBeGreaterThan(N * 0.9);
  report('first page, Kazakh order', time(page({}), 20), bareMs);
  report('page at offset 90,000', time(page({ offset: 90_000 }), 20), bareMs);
  report('search «узак» (folded, prefix)', time(page({ query: 'узак' }), 20), bareMs);
  report('search IIN prefix «8710»', time(page({ query: '8710' }), 20), bareMs);
  report('filter party list of party 1', time(page({ kind: 'party-list', partyId: 1, sort: 'list-position' }), 20), bareMs);
});

it('verifies the whole journal', () => {
  const verifyMs = time(() => {
    const r = service.call('journal.verify', {});
    if (!r.ok || !(r.value as { ok: boolean }).ok) throw new Error(JSON.stringify(r));
  }, 1);
  const bareMs = time(() => ledger.db.prepare('SELECT * FROM journal').all(), 1);
  report('verify journal chain and records', verifyMs, bareMs);
});
