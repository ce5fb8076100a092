import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { createService } from '../../src/service';
import type { CandidateRow } from '../../src/domain/records';
import { seedCandidates } from '../fixtures/synthetic';
import { underAgeAndNominatedTwice } from './findings-changes';
import { openDesk, type Desk } from './helpers';

// A desk just opened (or just past a bulk import) has no findings index yet: the candidates table then checks the
// rows of the page it shows instead of the whole election. Its counts must be the ones a full check gives.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

type Counts = Pick<CandidateRow, 'nominationId' | 'errors' | 'warnings'>[];

function coldPage(input: Record<string, unknown>): Counts {
  const ledger = openLedger(desk.path);
  try {
    const r = createService(ledger, { actor: 'x' }).call('nominations.list', input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return (r.value as { rows: CandidateRow[] }).rows.map(({ nominationId, errors, warnings }) => ({ nominationId, errors, warnings }));
  } finally {
    ledger.close();
  }
}

it('counts the errors and warnings of a page on a cold desk as a full check does', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  seedCandidates(desk.ledger, e.id, 120);
  const page = desk.must('nominations.list', { electionId: e.id, limit: 3 });
  const [a, b] = page.rows;
  if (!a || !b) throw new Error('seed too small');
  // a is made under age (an error); b gets a namesake in a district (a warning on both, and a cross finding).
  underAgeAndNominatedTwice(desk, e.id, a, b);

  for (const input of [
    { electionId: e.id, limit: 50 },
    { electionId: e.id, limit: 50, offset: 50 },
    { electionId: e.id, limit: 50, query: b.surname },
  ]) {
    const cold = coldPage(input);
    desk.must('checks.run', { electionId: e.id });
    const warm = desk.must('nominations.list', input as never).rows.map(({ nominationId, errors, warnings }) => ({ nominationId, errors, warnings }));
    expect(cold).toEqual(warm);
  }
  const firstPage = coldPage({ electionId: e.id, limit: 50 });
  expect(firstPage.find((r) => r.nominationId === a.nominationId)?.errors).toBeGreaterThan(0);
  expect(firstPage.find((r) => r.nominationId === b.nominationId)?.warnings).toBeGreaterThan(0);
});
