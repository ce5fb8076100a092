import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLedger } from '../../src/ledger';
import { createService } from '../../src/service';
import type { CheckRun } from '../../src/domain/records';
import { seedCandidates } from '../fixtures/synthetic';
import { underAgeAndNominatedTwice } from './findings-changes';
import { openDesk, type Desk } from './helpers';

// After a save the desk re-checks only the persons it touched. Whatever it does, the findings must be exactly what
// a full check of the same ledger from scratch gives.

let desk: Desk;
beforeEach(() => {
  desk = openDesk();
});
afterEach(() => desk.close());

function fromScratch(): CheckRun {
  const ledger = openLedger(desk.path);
  try {
    const r = createService(ledger, { actor: 'x' }).call('checks.run', { electionId: 1 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as CheckRun;
  } finally {
    ledger.close();
  }
}

it('re-checks the persons a change touched and agrees with a full check', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  seedCandidates(desk.ledger, e.id, 300);
  desk.must('checks.run', { electionId: e.id }); // the cache every later call starts from

  const page = desk.must('nominations.list', { electionId: e.id, limit: 5 });
  const [a, b] = page.rows;
  if (!a || !b) throw new Error('seed too small');
  // Make one person under-age; nominate another a second time, which adds cross findings to both nominations.
  const secondId = underAgeAndNominatedTwice(desk, e.id, a, b);

  const incremental = desk.must('checks.run', { electionId: e.id });
  expect(incremental).toEqual(fromScratch());
  const bRows = incremental.nominations.filter((n) => n.personId === b.personId);
  expect(bRows).toHaveLength(2);
  // b stands on a list, and now in a district too: each nomination is warned of the other.
  const cross = (n: (typeof bRows)[number]) => n.findings.filter((f) => f.rule.startsWith('cross.')).map((f) => [f.rule, f.severity, f.params]);
  expect(bRows.map((n) => [n.nominationId, cross(n)])).toEqual([
    [b.nominationId, [['cross.listAndDistrict', 'warning', { nominationId: secondId }]]],
    [secondId, [['cross.listAndDistrict', 'warning', { nominationId: b.nominationId }]]],
  ]);
  // The table's counts follow too.
  const flagged = desk.must('nominations.list', { electionId: e.id, flag: 'errors', query: a.iin });
  expect(flagged.rows.map((r) => r.nominationId)).toEqual([a.nominationId]);
});
