import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import type { CheckedNomination } from '../domain/records';
import { checkCandidate, crossFindingsAll, namesakeFindings, type CandidateContext, type Namesake, type NominationFacts } from '../domain/rules';
import { candidatesOfPersons, electionCandidates, nominationsOfPersons, personsOfParties, repeatedNominations, type StoredCandidate } from '../ledger/candidate-facts';
import { electionRules, type ElectionRules } from '../ledger/elections';
import { storeFindingCounts, updateFindingCounts, type FindingCount } from '../ledger/finding-counts';
import { journalHead } from '../ledger/journal';
import { candidatesChangedSince, type ChangedCandidates } from '../ledger/journal-since';
import { stmt } from '../ledger/statements';
import { allNamesakes, namesakesOf, namesakesOfPersons } from '../ledger/namesakes';
import { candidateContext, electionFacts, stageOf } from './findings';

// Every nomination's findings in one election, as the candidates table (counts, the errors/warnings filter) and
// `tizim check` need them. Computed in bulk (two queries, no per-row round trips) and kept until the journal's
// head moves: every change the service makes appends to the journal, whichever process makes it, and a change of
// the rule profile is a journaled change too. The date is part of the key, since "in the future" depends on it.
//
// The index belongs to the service's context, one per ledger connection: whoever needs the findings (or the
// connection's finding_count table that the candidates table filters by) brings it up to date by calling
// `upToDate`, and gets back what it needs; no read refreshes it as a hidden effect.

export interface ElectionFindings {
  head: number;
  /** The head's hash: a restored backup can bring the journal back to the same position with other entries. */
  headHash: string;
  today: string;
  nominations: CheckedNomination[];
}

export interface FindingsIndex {
  /**
   * The findings of every nomination of the election as of the ledger now, re-checked where the journal says
   * something changed since the last call; the connection's `finding_count` rows for the election are brought up
   * to date in the same step.
   */
  upToDate(election: ElectionRules, today: string): ElectionFindings;
  /**
   * The same, when that is a clerk's save away (nothing changed, or the persons of a few saves); null when only a
   * full check would do (the index is cold, the date moved, a batch or a profile change concerns everyone).
   */
  ifCheap(election: ElectionRules, today: string): ElectionFindings | null;
  /** The error and warning counts of these persons' nominations in the election, checked now, without the index. */
  countsOfPersons(election: ElectionRules, today: string, personIds: readonly number[]): Map<number, FindingCount>;
}

export function createFindingsIndex(db: Database): FindingsIndex {
  const kept = new Map<number, ElectionFindings>();
  /** Brought up to date if a clerk's save away; `full` decides what happens otherwise. */
  const refresh = (election: ElectionRules, today: string, full: boolean): ElectionFindings | null =>
    // One read transaction: the head and the rows it keys are from the same snapshot of the file.
    db.transaction(() => {
      const { seq: head, hash: headHash } = journalHead(db);
      const held = kept.get(election.id);
      // Followed only along the journal it was computed from: after a restore the entries it knew are gone.
      const cached = held && journalHolds(db, held.head, held.headHash) ? held : undefined;
      if (cached && cached.head === head && cached.today === today) return cached;
      const changed = cached && cached.today === today ? personsToRecheck(db, election.id, cached, candidatesChangedSince(db, cached.head, FOLLOW_AT_MOST), full) : null;
      if (cached && changed) {
        const refreshed = { head, headHash, today, nominations: refreshPersons(db, election, today, cached.nominations, changed) };
        kept.set(election.id, refreshed);
        return refreshed;
      }
      if (!full) return null;
      const fresh = { head, headHash, today, nominations: computeFindings(db, election, today) };
      storeFindingCounts(db, election.id, counts(fresh.nominations));
      kept.set(election.id, fresh);
      return fresh;
    })();
  return {
    upToDate: (election, today) => refresh(election, today, true) as ElectionFindings,
    ifCheap: (election, today) => refresh(election, today, false),
    countsOfPersons: (election, today, personIds) => {
      const candidates = candidatesOfPersons(db, election.id, personIds);
      const namesakes = new Map(candidates.map((c) => [c.personId, namesakesOf(db, c.person, c.personId)]));
      const checked = checkCandidates(db, election, today, candidates, nominationsOfPersons(db, personIds), namesakes);
      return new Map([...counts(checked)].map((c) => [c.nominationId, c]));
    },
  };
}

function journalHolds(db: Database, seq: number, hash: string): boolean {
  if (seq === 0) return true;
  const row = stmt(db, 'SELECT hash FROM journal WHERE seq = ?').get(seq) as { hash: string } | undefined;
  return row?.hash === hash;
}

/**
 * The persons whose findings a change may have moved, a party's nominees included; null when re-checking them one
 * by one would cost more than checking the whole election once (more than half of its candidates). A party's
 * nominees are thousands at 100,000 nominations: not a clerk's save away, so only for whoever needs them all.
 */
function personsToRecheck(db: Database, electionId: number, cached: ElectionFindings, changed: ChangedCandidates | null, full: boolean): number[] | null {
  if (changed === null) return null;
  if (changed.parties.length === 0) return changed.persons;
  if (!full) return null;
  const persons = new Set([...changed.persons, ...personsOfParties(db, electionId, changed.parties)]);
  return persons.size > cached.nominations.length / 2 ? null : [...persons];
}

// After a clerk's save only one person's findings can have changed (theirs, and the cross findings of their other
// nominations): re-checking those keeps the table instant at 100,000 nominations. A party's change concerns its
// nominees only. A change that may concern everyone (the profile, a region) or a batch larger than this re-checks
// the whole election.
const FOLLOW_AT_MOST = 2000;

function refreshPersons(
  db: Database,
  election: ElectionRules,
  today: string,
  previous: readonly CheckedNomination[],
  changed: readonly number[],
): CheckedNomination[] {
  const personIds = withNamesakes(db, previous, changed);
  const candidates = candidatesOfPersons(db, election.id, personIds);
  const namesakes = new Map(candidates.map((c) => [c.personId, namesakesOf(db, c.person, c.personId)]));
  const fresh = checkCandidates(db, election, today, candidates, nominationsOfPersons(db, personIds), namesakes);
  const ids = new Set(fresh.map((n) => n.nominationId));
  const rechecked = new Set(personIds);
  const stale = new Set<number>(previous.filter((n) => rechecked.has(n.personId)).map((n) => n.nominationId));
  const merged = [...previous.filter((n) => !stale.has(n.nominationId) && !ids.has(n.nominationId)), ...fresh];
  merged.sort((a, b) => a.nominationId - b.nominationId);
  updateFindingCounts(db, election.id, [...new Set([...stale, ...ids])], counts(fresh));
  return merged;
}

function computeFindings(db: Database, election: ElectionRules, today: string): CheckedNomination[] {
  return checkCandidates(db, election, today, electionCandidates(db, election.id), repeatedNominations(db), allNamesakes(db));
}

/**
 * The changed persons and whoever their change concerns as a namesake: those who share their name and birth date
 * now, and those whose findings named them as one before (a renamed person is no longer anyone's namesake).
 */
function withNamesakes(db: Database, previous: readonly CheckedNomination[], changed: readonly number[]): number[] {
  const changedSet = new Set(changed);
  const related = new Set([...changed, ...namesakesOfPersons(db, changed)]);
  for (const n of previous)
    for (const f of n.findings) {
      if (f.rule !== 'person.namesake') continue;
      const other = f.params?.personId;
      if (typeof other !== 'number') continue;
      if (changedSet.has(n.personId)) related.add(other);
      if (changedSet.has(other)) related.add(n.personId);
    }
  return [...related];
}

function checkCandidates(
  db: Database,
  election: ElectionRules,
  today: string,
  candidates: readonly StoredCandidate[],
  crossFacts: readonly NominationFacts[],
  namesakes: ReadonlyMap<number, readonly Namesake[]>,
): CheckedNomination[] {
  const facts = electionFacts(db, election.id);
  const rules = electionRules(db);
  const cross = crossFindingsAll(crossFacts, (id) => rules.get(id)?.profile ?? election.profile, election.id);
  // Contexts differ only by party and stage: build each once, not once per nomination.
  const contexts = new Map<string, CandidateContext>();
  return candidates.map((c) => {
    const stage = stageOf(c.status);
    const key = `${c.nomination.kind}:${c.nomination.partyId ?? ''}:${stage}`;
    let ctx = contexts.get(key);
    if (!ctx) {
      ctx = candidateContext(election, facts, c.nomination, stage);
      contexts.set(key, ctx);
    }
    const own = checkCandidate({ person: c.person, nomination: c.nomination }, ctx, today);
    const same = namesakes.get(c.personId);
    if (same && same.length > 0) own.push(...namesakeFindings(same));
    const others = cross.get(c.nominationId);
    const findings: Finding[] = others ? [...own, ...others] : own;
    return { nominationId: c.nominationId, electionId: c.electionId, personId: c.personId, iin: c.person.iin, fullName: c.fullName, findings };
  });
}

function* counts(nominations: readonly CheckedNomination[]): Iterable<FindingCount> {
  for (const n of nominations) {
    let errors = 0;
    let warnings = 0;
    for (const f of n.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    // Rows without errors or warnings are left out: the table reads a missing row as zero.
    if (errors > 0 || warnings > 0) yield { nominationId: n.nominationId, errors, warnings };
  }
}
