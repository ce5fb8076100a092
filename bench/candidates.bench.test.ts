import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../src/ledger';
import { createService } from '../src/service';
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
  const seq0 = (ledger.db.prepare('SELECT max(seq) AS m FROM journal').get() as { m: number }).m;
  const tizim = time(() => seedCandidates(ledger, electionId, N));
  const bare = new Database(join(desk.dir, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.exec('CREATE TABLE person (id INTEGER PRIMARY KEY, iin TEXT, surname TEXT, given_name TEXT, birth_date TEXT) STRICT');
  const insert = bare.prepare('INSERT INTO person (iin, surname, given_name, birth_date) VALUES (?, ?, ?, ?)');
  const people = Array.from({ length: N }, (_, i) => syntheticPerson(i));
  const bareMs = time(() => bare.transaction(() => { for (const p of people) insert.run(p.iin, p.surname, p.givenName, p.birthDate); })());
  bare.close();
  report('bulk write (persons + nominations + journal)', tizim, bareMs);
  // The floor this schema sets: the very rows the write made (persons, nominations, journal rows with their images
  // and hashes already computed), inserted bare into a new ledger with the same tables, indexes and names' index.
  const same = openLedger(join(desk.dir, 'same-rows.sqlite'));
  createService(same, { actor: 'bench' }).call('elections.create', { preset: 'mazhilis-2023' });
  const rows = (sql: string) => ledger.db.prepare(sql).raw(true).all() as unknown[][];
  const persons = rows('SELECT * FROM person ORDER BY id');
  const nominations = rows('SELECT * FROM nomination ORDER BY id');
  const journal = rows(`SELECT * FROM journal WHERE seq > ${seq0} ORDER BY seq`);
  const seqBase = (same.db.prepare('SELECT max(seq) AS m FROM journal').get() as { m: number }).m - seq0;
  const into = (table: string, width: number) => same.db.prepare(`INSERT INTO ${table} VALUES (${Array(width).fill('?').join(', ')})`);
  const person = into('person', persons[0]?.length ?? 0);
  const nomination = into('nomination', nominations[0]?.length ?? 0);
  const entry = into('journal', journal[0]?.length ?? 0);
  const sameMs = time(() =>
    same.db.transaction(() => {
      for (let i = 0, j = 0; i < persons.length; i++) {
        person.run(...(persons[i] as unknown[]));
        const [seq, ...rest] = journal[j++] as unknown[];
        entry.run((seq as number) + seqBase, ...rest);
        nomination.run(...(nominations[i] as unknown[]));
        const [seq2, ...rest2] = journal[j++] as unknown[];
        entry.run((seq2 as number) + seqBase, ...rest2);
      }
    })(),
  );
  same.close();
  report('bulk write, against the same rows inserted bare into the same schema', tizim, sameMs);
  // The measure, "bare inserts of the same rows": the persons, nominations and journal rows the write made,
  // inserted by better-sqlite3 into tables of the same columns and nothing else (no index, trigger or names' index).
  // The line above is the floor the schema sets; this one is the library's own cost of writing those rows.
  const plain = new Database(join(desk.dir, 'same-rows-plain.sqlite'));
  plain.pragma('journal_mode = WAL');
  const plainInto = (table: string) => {
    const cols = (ledger.db.pragma(`table_info(${table})`) as { name: string; type: string }[]).map((c) => `${c.name} ${c.type || 'ANY'}`);
    plain.exec(`CREATE TABLE ${table} (${cols.join(', ')}) STRICT`);
    return plain.prepare(`INSERT INTO ${table} VALUES (${Array(cols.length).fill('?').join(', ')})`);
  };
  const [plainPerson, plainNomination, plainEntry] = [plainInto('person'), plainInto('nomination'), plainInto('journal')];
  const plainMs = time(() =>
    plain.transaction(() => {
      for (let i = 0, j = 0; i < persons.length; i++) {
        plainPerson.run(...(persons[i] as unknown[]));
        plainEntry.run(...(journal[j++] as unknown[]));
        plainNomination.run(...(nominations[i] as unknown[]));
        plainEntry.run(...(journal[j++] as unknown[]));
      }
    })(),
  );
  plain.close();
  report('bulk write, against the same rows inserted bare into tables of the same columns', tizim, plainMs);
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
