import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import type { CheckedNomination } from '../domain/records';
import { checkCandidate, crossFindingsAll, type CandidateContext } from '../domain/rules';
import { electionCandidates, repeatedNominations } from '../ledger/candidate-facts';
import { electionRules, type ElectionRules } from '../ledger/elections';
import { storeFindingCounts, type FindingCount } from '../ledger/finding-counts';
import { journalHead } from '../ledger/journal';
import { candidateContext, partyFacts, stageOf } from './findings';

// Every nomination's findings in one election, as the candidates table (counts, the errors/warnings filter) and
// `tizim check` need them. Computed in bulk (two queries, no per-row round trips) and kept until the journal's
// head moves: every change the service makes appends to the journal, whichever process makes it, and a change of
// the rule profile is a journaled change too. The date is part of the key, since "in the future" depends on it.

export interface ElectionFindings {
  head: number;
  today: string;
  nominations: CheckedNomination[];
}

const caches = new WeakMap<Database, Map<number, ElectionFindings>>();

function cacheOf(db: Database): Map<number, ElectionFindings> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

/** The findings of every nomination of the election, from the cache when nothing was written since. */
export function electionFindings(db: Database, election: ElectionRules, today: string): ElectionFindings {
  const cache = cacheOf(db);
  // One read transaction: the head and the rows it keys are from the same snapshot of the file.
  return db.transaction(() => {
    const head = journalHead(db).seq;
    const cached = cache.get(election.id);
    if (cached && cached.head === head && cached.today === today) return cached;
    const fresh = { head, today, nominations: computeFindings(db, election, today) };
    storeFindingCounts(db, election.id, counts(fresh.nominations));
    cache.set(election.id, fresh);
    return fresh;
  })();
}

function computeFindings(db: Database, election: ElectionRules, today: string): CheckedNomination[] {
  const parties = partyFacts(db, election.id);
  const rules = electionRules(db);
  const cross = crossFindingsAll(repeatedNominations(db), (id) => rules.get(id)?.profile ?? election.profile, election.id);
  // Contexts differ only by party and stage: build each once, not once per nomination.
  const contexts = new Map<string, CandidateContext>();
  return electionCandidates(db, election.id).map((c) => {
    const stage = stageOf(c.status);
    const key = `${c.nomination.kind}:${c.nomination.partyId ?? ''}:${stage}`;
    let ctx = contexts.get(key);
    if (!ctx) {
      ctx = candidateContext(election, parties, c.nomination, stage);
      contexts.set(key, ctx);
    }
    const own = checkCandidate({ person: c.person, nomination: c.nomination }, ctx, today);
    const others = cross.get(c.nominationId);
    const findings: Finding[] = others ? [...own, ...others] : own;
    return { nominationId: c.nominationId, electionId: c.electionId, iin: c.person.iin, fullName: c.fullName, findings };
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
