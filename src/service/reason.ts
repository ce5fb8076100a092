import { Refusal } from './result';

/**
 * The reason of a voiding or a correction: required, since the journal must say why, and refused at its field like
 * any other missing value. Returned trimmed, as it is recorded.
 */
export function requiredReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '')
    throw new Refusal({
      code: 'findings',
      messageKey: 'error.findings',
      findings: [{ rule: 'format.required', severity: 'error', field: 'reason', messageKey: 'finding.required' }],
    });
  return trimmed;
}
