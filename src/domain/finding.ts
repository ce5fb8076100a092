export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type MessageParams = Record<string, string | number>;

/**
 * What a rule says about a candidate. The message is a catalog key with parameters, never a finished sentence, so
 * the same finding reads in Kazakh, Russian and English. `legalRef` is a catalog key too.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  field?: string;
  messageKey: string;
  params?: MessageParams;
  legalRef?: string;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
