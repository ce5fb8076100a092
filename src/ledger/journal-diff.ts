import type { Database } from 'better-sqlite3';
import type { ChangeValue, FieldChange } from '../domain/records';
import { DOCUMENTS } from '../domain/types';
import { stmt } from './statements';

// What a change of a person or a nomination changed, field by field, as the candidate's history and the journal show
// it: each stored column under the name the form and the catalogs give the field, its value before and after. Read
// from the journal's own images, so a ledger written before this existed reads the same.

type Image = Record<string, unknown>;

const PERSON_FIELDS: Record<string, string> = {
  iin: 'iin',
  surname: 'surname',
  given_name: 'givenName',
  patronymic: 'patronymic',
  birth_date: 'birthDate',
  sex: 'sex',
  citizenship: 'citizenship',
  resident_since: 'residentSince',
  disability: 'disability',
  residence_region: 'residenceRegion',
  residence_settlement: 'residenceSettlement',
  education: 'education',
  occupation: 'occupation',
  workplace: 'workplace',
  party_membership: 'partyMembership',
  nationality: 'nationality',
  decl_incapacity: 'declarations.incapacity',
  decl_imprisonment: 'declarations.imprisonment',
  decl_criminal_record: 'declarations.criminalRecord',
  decl_corruption: 'declarations.corruption',
  service_restriction: 'serviceRestriction',
};

const NOMINATION_FIELDS: Record<string, string> = {
  kind: 'kind',
  party_id: 'partyId',
  association_name: 'associationName',
  district_id: 'districtId',
  list_position: 'listPosition',
  received_on: 'receivedOn',
  received_time: 'receivedTime',
  status: 'status',
};

const FIELDS: Record<string, Record<string, string>> = { person: PERSON_FIELDS, nomination: NOMINATION_FIELDS };

/** The entities whose changes are told field by field. */
export const DIFFED = new Set(Object.keys(FIELDS));

function partyShort(db: Database, where: 'id' | 'code', value: unknown): ChangeValue {
  if (value === null || value === '' || value === undefined) return null;
  const p = stmt(db, `SELECT short_name, short_kk, short_ru, short_en FROM party WHERE ${where} = ? ORDER BY id LIMIT 1`).get(value) as
    | { short_name: string; short_kk: string; short_ru: string; short_en: string }
    | undefined;
  if (!p) return typeof value === 'number' || typeof value === 'string' ? value : null;
  return { kk: p.short_kk || p.short_name, ru: p.short_ru || p.short_name, en: p.short_en || p.short_name };
}

function districtNumber(db: Database, id: unknown): ChangeValue {
  if (typeof id !== 'number') return null;
  const d = stmt(db, 'SELECT number FROM district WHERE id = ?').get(id) as { number: number } | undefined;
  return d ? d.number : id;
}

function plain(value: unknown): ChangeValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : JSON.stringify(value);
}

function documentsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'string') return {};
  try {
    return JSON.parse(value) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The fields that differ between two images of the same record, in the form's order. */
export function fieldChanges(db: Database, entity: string, before: Image, after: Image): FieldChange[] {
  const fields = FIELDS[entity];
  if (!fields) return [];
  const out: FieldChange[] = [];
  for (const [column, field] of Object.entries(fields)) {
    if (!(column in after) || before[column] === after[column]) continue;
    if (!(column in before) && after[column] === undefined) continue;
    const show = (v: unknown): ChangeValue => {
      if (column === 'party_id') return partyShort(db, 'id', v);
      if (column === 'party_membership') return partyShort(db, 'code', v);
      if (column === 'district_id') return districtNumber(db, v);
      if (column === 'disability') return v === 1;
      return plain(v ?? null);
    };
    out.push({ field, before: show(before[column]), after: show(after[column]) });
  }
  if (entity === 'nomination') {
    const was = documentsOf(before.documents);
    const now = documentsOf(after.documents);
    for (const code of DOCUMENTS) {
      const a = was[code] ?? 'missing';
      const b = now[code] ?? 'missing';
      if (a !== b) out.push({ field: `documents.${code}`, before: a, after: b });
    }
  }
  return out;
}
