import type { Finding } from '../../domain/finding';
import type { ServiceError } from '../i18n/messages';

/**
 * The form field a service error names: `person.iin`, `nomination/districtId` and `iin` are fields of the form, and
 * `person.declarations.incapacity` is the form's `declarations.incapacity`.
 */
export function formField(field: string | undefined): string | undefined {
  if (field === undefined || field === '') return undefined;
  const path = field.replace(/\//g, '.').replace(/^(person|nomination|changes)\./, '');
  return path === '' ? undefined : path;
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

const identity = (f: Finding): string =>
  JSON.stringify([f.rule, f.severity, formField(f.field) ?? '', f.messageKey, f.params ?? {}]);

/** Each finding once, in first-seen order. */
export function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = identity(f);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * What only the service can say: its findings for a candidate less those the form's own rules give for the same
 * input (the cross-candidate ones, chiefly). The form merges these with its own, which follow every keystroke.
 */
export function onlyFromService(service: readonly Finding[], local: readonly Finding[]): Finding[] {
  const known = new Set(local.map(identity));
  return service.filter((f) => !known.has(identity(f))).map((f) => ({ ...f, field: formField(f.field) }));
}

/** The rules a decision may rest on, each once, with the findings that carry it (info is never a ground). */
export function groundsOf(findings: readonly Finding[]): { rule: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  }
  return [...groups].map(([rule, group]) => ({ rule, findings: group }));
}
