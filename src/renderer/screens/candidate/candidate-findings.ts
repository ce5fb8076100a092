import type { Finding } from '../../../domain/finding';
import type { CandidateFacts } from '../../../domain/rules';
import type { CandidateView } from '../../../service/contract';
import { byField, distinct, onlyFromService } from '../../lib/findings';
import type { CheckAnswer } from '../../queries/candidates';
import { nominationOfView, personOfView } from './draft';

// The findings of the candidate form come from three places: the form's own rules (every keystroke), the service
// (what only it knows: the person's other nominations), and a save the service refused. These pure functions put
// them together, so that each is said once and where the clerk will look for it.

/** The form's own findings for some facts of the candidate (the rules the form runs itself). */
export type OwnFindings = (facts: CandidateFacts) => Finding[];

/**
 * What only the service says: its last answer, less what the form's own rules say for the input that answer is
 * about (not the draft as it is now, which the form checks itself); before any answer, the stored record's findings,
 * less what the form says of the record as stored.
 */
export function serviceFindings(answer: CheckAnswer | undefined, stored: CandidateView | null, own: OwnFindings): Finding[] {
  if (answer) return onlyFromService(answer.findings, own(answer.asked));
  if (!stored) return [];
  return onlyFromService(stored.findings, own({ person: personOfView(stored.person), nomination: nominationOfView(stored) }));
}

export interface FindingsInput {
  /** The form's own findings for the draft as typed. */
  local: readonly Finding[];
  service: readonly Finding[];
  /** The findings of the last refused save, at the form's fields. */
  refusal: readonly Finding[];
  /** Whether the clerk has tried to save (a stored candidate counts as tried). */
  tried: boolean;
  /** The fields the clerk has reached. */
  touched: ReadonlySet<string>;
}

export interface FormFindings {
  /** Every finding once: the summary, the decision's grounds, the history's words. */
  all: Finding[];
  /** The findings each field shows. */
  byField: Map<string, Finding[]>;
}

/**
 * The summary counts everything from the start; a field shows the form's own findings once the clerk has reached it
 * or tried to save, so that a new form is not red before anything is typed. What the service or a refusal said is
 * shown at once: the clerk has to see it to act on it.
 */
export function mergeFindings({ local, service, refusal, tried, touched }: FindingsInput): FormFindings {
  const reached = local.filter((f) => tried || touched.has(f.field ?? ''));
  return {
    all: distinct([...local, ...service, ...refusal]),
    byField: byField(distinct([...reached, ...service, ...refusal])),
  };
}

/** A refusal's findings once the clerk edits a field: what the service said about that field no longer stands. */
export function afterEdit(refusal: readonly Finding[], field: string): Finding[] {
  return refusal.filter((f) => f.field !== field);
}
