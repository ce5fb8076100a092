import { stmt } from '../ledger/statements';
import type { NominationStatus, Sex } from '../domain/types';
import { pick, type ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';
import { membership, partyNames } from './people';

// Registered candidates by party list: a sheet per registered list, its standing candidates in submitted order
// (or in Kazakh alphabetical order on request). One query for every list.

type Row = [
  partyId: number, shortName: string, nameKk: string, nameRu: string, nameEn: string, position: number | null,
  surname: string, givenName: string, patronymic: string, birthDate: string, sex: Sex, occupation: string,
  workplace: string, region: string, settlement: string, membership: string, status: NominationStatus,
];

const ORDER = {
  submitted: 'n.list_position IS NULL, n.list_position, n.id',
  alphabetical: 'p.name_sort, n.id',
};

export function partyListSheets(rc: ReportContext): ReportSheet[] {
  const { t } = rc;
  const rows = stmt(
    rc.db,
    `SELECT pa.id, pa.short_name, pa.name_kk, pa.name_ru, pa.name_en, n.list_position, p.surname, p.given_name,
       p.patronymic, p.birth_date, p.sex, p.occupation, p.workplace, p.residence_region, p.residence_settlement,
       p.party_membership, n.status
     FROM party_list l JOIN party pa ON pa.id = l.party_id
     JOIN nomination n ON n.election_id = l.election_id AND n.kind = 'party-list' AND n.party_id = l.party_id
     JOIN person p ON p.id = n.person_id
     WHERE l.election_id = ? AND l.status = 'registered' AND n.status IN ('nominated', 'registered') AND n.voided_at IS NULL
     ORDER BY l.registered_order, pa.id, ${ORDER[rc.order]}`,
  )
    .raw(true)
    .iterate(rc.election.id) as IterableIterator<Row>;
  const { byCode, byId } = partyNames(rc);
  const sexes = { female: t('sex.female'), male: t('sex.male') };
  const sheets: ReportSheet[] = [];
  const taken = new Set<string>();
  let current: ReportSheet | null = null;
  let currentParty = -1;
  for (const r of rows) {
    if (r[0] !== currentParty) {
      currentParty = r[0];
      current = { name: sheetName(byId.get(r[0]) || r[1] || pick({ kk: r[2], ru: r[3], en: r[4] }, rc.lang), taken), columns: columns(rc), rows: [] };
      sheets.push(current);
    }
    current?.rows.push([
      r[5], r[6], r[7], r[8], r[9], sexes[r[10]], r[11], r[12], rc.regions.get(r[13]) ?? r[13], r[14], membership(rc, byCode, r[15]), rc.label(`status.${r[16]}`),
    ]);
  }
  if (sheets.length === 0) sheets.push({ name: sheetName(t('report.sheet.party-lists'), taken), columns: columns(rc), rows: [] });
  return sheets;
}

function columns(rc: ReportContext): ReportSheet['columns'] {
  const c = (key: string): string => rc.t(`report.column.${key}`);
  return [
    { header: c('position'), width: 8, kind: 'integer' },
    { header: c('surname'), width: 20 },
    { header: c('givenName'), width: 16 },
    { header: c('patronymic'), width: 20 },
    { header: c('birthDate'), width: 12, kind: 'date' },
    { header: c('sex'), width: 9 },
    { header: c('occupation'), width: 22 },
    { header: c('workplace'), width: 28 },
    { header: c('region'), width: 20 },
    { header: c('settlement'), width: 18 },
    { header: c('partyMembership'), width: 16 },
    { header: c('status'), width: 16 },
  ];
}
