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

it('re-checks a party’s nominees, and no one else, after a change to the party, and agrees with a full check', () => {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  seedCandidates(desk.ledger, e.id, 300);
  const nomineesOf = (partyId: number) => new Set(desk.ledger.db.prepare('SELECT id FROM nomination WHERE party_id = ?').pluck().all(partyId) as number[]);
  // Every 37th seeded candidate has not paid the deposit; a party exempt from it no longer needs one of its nominees.
  const deposits = (run: CheckRun, partyId: number) =>
    run.nominations.filter((n) => nomineesOf(partyId).has(n.nominationId) && n.findings.some((f) => f.rule === 'documents.missing' && f.field === 'documents.deposit')).length;
  const before = desk.must('checks.run', { electionId: e.id });
  const parties = desk.must('parties.list', { electionId: e.id });
  const party = parties.find((p) => deposits(before, p.id) > 0);
  const other = parties.find((p) => p !== party && deposits(before, p.id) > 0);
  if (!party || !other) throw new Error('seed too small');
  desk.must('parties.update', { id: party.id, depositStatus: 'exempt' });
  const after = desk.must('checks.run', { electionId: e.id });
  expect(deposits(after, party.id)).toBe(0);
  expect(deposits(after, other.id)).toBe(deposits(before, other.id));
  expect(after).toEqual(fromScratch());

  // Only the party's nominees were checked again: a row changed behind the desk's back (no journal entry, so no
  // save the desk could follow) of another party's nominee keeps the findings it had until a full check.
  const outsider = before.nominations.find((n) => nomineesOf(other.id).has(n.nominationId) && !n.findings.some((f) => f.severity === 'error'));
  if (!outsider) throw new Error('no candidate without errors');
  desk.ledger.db.prepare("UPDATE person SET birth_date = '2010-01-01' WHERE id = ?").run(outsider.personId);
  desk.must('parties.update', { id: party.id, depositStatus: 'full' });
  const narrow = desk.must('checks.run', { electionId: e.id });
  expect(deposits(narrow, party.id)).toBe(deposits(before, party.id));
  const errorsOf = (run: CheckRun) => run.nominations.find((n) => n.nominationId === outsider.nominationId)?.findings.filter((f) => f.severity === 'error');
  expect(errorsOf(narrow)).toEqual([]);
  expect(errorsOf(fromScratch())?.length).toBeGreaterThan(0);
});
