import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Ledger } from '../src/ledger';
import type { Service } from '../src/service';
import type { ListSummary } from '../src/service/views';
import { seedCandidates } from '../tests/fixtures/synthetic';
import { openBenchDesk, type BenchDesk } from './desk';
import { report, time } from './measure';

// The quota of every party list of a 100,000-nomination ledger (issue 4: under 1 s), against better-sqlite3
// reading the same party-list rows with their persons and doing nothing with them.

const N = 100_000;
let desk: BenchDesk;
let ledger: Ledger;
let service: Service;
let electionId: number;

beforeAll(() => {
  desk = openBenchDesk('lists');
  ({ ledger, service, electionId } = desk);
  seedCandidates(ledger, electionId, N);
});
afterAll(() => desk.close());

it(`computes the quota of every list of ${N} nominations in under a second`, () => {
  const lists = () => {
    const r = service.call('lists.list', { electionId });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as ListSummary[];
  };
  const summaries = lists();
  expect(summaries.reduce((sum, l) => sum + l.quota.length, 0)).toBeGreaterThan(N / 4 - 100);
  const bare = () =>
    ledger.db
      .prepare(
        `SELECT n.party_id, n.person_id, n.status, n.mandate, p.sex, p.birth_date, p.disability
         FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.election_id = ? AND n.kind = 'party-list'`,
      )
      .raw(true)
      .all(electionId);
  const oursMs = time(lists, 10);
  report('quota of every party list (lists.list)', oursMs, time(bare, 10));
  expect(oursMs).toBeLessThan(1000);
});
