import { parseDate } from '../../../domain/dates';
import type { Finding } from '../../../domain/finding';
import { typedDateFinding } from '../../../domain/format-checks';
import type { RuleProfile } from '../../../domain/profile';
import type { Decision, NominationKind } from '../../../domain/types';
import { decisionFindings } from '../../../domain/workflow';
import type { InputOf } from '../../../service/contract';

/** The decision dialog as typed. */
export interface DecisionDraft {
  resolutionNumber: string;
  /** dd.mm.yyyy as typed */
  resolutionDate: string;
  /** The finding rules ticked as grounds. */
  rules: readonly string[];
  text: string;
}

/** A refusal rests on the errors that stand; any other decision starts with no ground ticked. */
export function emptyDecision(decision: Decision, findings: readonly Finding[]): DecisionDraft {
  const rules = decision === 'refused' ? [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))] : [];
  return { resolutionNumber: '', resolutionDate: '', rules, text: '' };
}

/**
 * What the dialog itself can say before asking the service: a resolution needs a number and a real date, a refusal
 * or a cancellation its grounds, and the law on the decision's date (a late registration is a warning; a district
 * withdrawal too near polling day, an error).
 */
export function checkDecision(
  d: DecisionDraft,
  decision: Decision,
  kind: NominationKind,
  profile: RuleProfile,
  electionDay: string,
): Finding[] {
  const out: Finding[] = [];
  if (d.resolutionNumber.trim() === '')
    out.push({ rule: 'format.required', severity: 'error', field: 'resolutionNumber', messageKey: 'finding.required' });
  const iso = parseDate(d.resolutionDate);
  const wrongDate = typedDateFinding('resolutionDate', d.resolutionDate);
  if (d.resolutionDate.trim() === '')
    out.push({ rule: 'format.required', severity: 'error', field: 'resolutionDate', messageKey: 'finding.required' });
  else if (iso === null && wrongDate) out.push(wrongDate);
  else if (iso !== null) out.push(...decisionFindings(decision, kind, iso, profile, electionDay));
  // A refusal or a cancellation takes a candidacy away: the resolution must say why.
  if ((decision === 'refused' || decision === 'cancelled') && d.rules.length === 0 && d.text.trim() === '')
    out.push({ rule: 'format.grounds', severity: 'error', field: 'grounds', messageKey: 'decide.groundsRequired' });
  return out;
}

export function decisionInput(
  d: DecisionDraft,
  target: { id: number; version: number },
  decision: Decision,
): InputOf<'nominations.decide'> {
  return {
    id: target.id,
    version: target.version,
    decision,
    resolutionNumber: d.resolutionNumber.trim(),
    resolutionDate: parseDate(d.resolutionDate) ?? d.resolutionDate.trim(),
    grounds: { rules: [...d.rules], text: d.text.trim() },
  };
}
