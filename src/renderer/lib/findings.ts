import type { Finding } from '../../domain/finding';
import type { ServiceError } from '../i18n/messages';

/** The form field a service error names: `person.iin` and `iin` are the same field of the form. */
export function formField(field: string | undefined): string | undefined {
  if (field === undefined || field === '') return undefined;
  return field.split(/[./]/).pop();
}

/** A refused save as findings for the fields it names; an error that names no field stays a general notice. */
export function findingsOfError(error: ServiceError): Finding[] {
  if (error.findings && error.findings.length > 0)
    return error.findings.map((f) => ({ ...f, field: formField(f.field) }));
  const field = formField(error.field);
  if (field === undefined) return [];
  return [
    {
      rule: `service.${error.code}`,
      severity: 'error',
      field,
      messageKey: error.messageKey,
      ...(error.params ? { params: error.params } : {}),
    },
  ];
}

export function byField(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.field ?? '';
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
