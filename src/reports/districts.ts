import { fullName } from '../domain/names';
import type { NominationKind, NominationStatus } from '../domain/types';
import { stmt } from '../ledger/statements';
import { pick, type ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';
import { partyNames } from './people';
import { resolutionsInForce } from './resolutions';

// Candidates by district: every district nomination with who nominated it and the resolution its status rests on
// (as corrected), in district order and, within a
// district, in Kazakh alphabetical order. Districts and parties are a few hundred rows, read apart; the nominations
// are read straight through the table with their persons (as candidate-facts does: at 100,000 rows, table order
// with one person lookup each is far cheaper than an index walk) and sorted here.

type Row = [
  districtId: number, surname: string, givenName: string, patronymic: string, kind: NominationKind,
  partyId: number | null, association: string, status: NominationStatus, nameSort: string, id: number,
];

interface District {
  number: number;
  region: string;
}

export function districtSheets(rc: ReportContext): ReportSheet[] {
  const { t } = rc;
  const districts = new Map<number, District>();
  const found = stmt(
    rc.db,
    `SELECT d.id, d.number, r.name_kk, r.name_ru, r.name_en FROM district d JOIN region r ON r.id = d.region_id
     WHERE d.election_id = ?`,
  ).all(rc.election.id) as { id: number; number: number; name_kk: string; name_ru: string; name_en: string }[];
  for (const d of found) districts.set(d.id, { number: d.number, region: pick({ kk: d.name_kk, ru: d.name_ru, en: d.name_en }, rc.lang) });
  const rows = stmt(
    rc.db,
    `SELECT n.district_id, p.surname, p.given_name, p.patronymic, n.kind, n.party_id, n.association_name, n.status,
       p.name_sort, n.id
     FROM nomination n NOT INDEXED CROSS JOIN person p ON p.id = n.person_id
     WHERE n.election_id = ? AND n.kind <> 'party-list' AND n.voided_at IS NULL`,
  )
    .raw(true)
    .all(rc.election.id) as Row[];
  const numberOf = (r: Row): number => districts.get(r[0])?.number ?? 0;
  rows.sort((a, b) => numberOf(a) - numberOf(b) || (a[8] < b[8] ? -1 : a[8] > b[8] ? 1 : a[9] - b[9]));
  const { byId } = partyNames(rc);
  const resolutions = resolutionsInForce(rc.db, rc.election.id);
  const c = (key: string): string => t(`report.column.${key}`);
  const self = t('report.selfNominated');
  return [
    {
      name: sheetName(t('report.sheet.districts'), new Set()),
      columns: [
        { header: c('district'), width: 9, kind: 'integer' },
        { header: c('region'), width: 22 },
        { header: c('candidate'), width: 36 },
        { header: c('kind'), width: 30 },
        { header: c('nominator'), width: 30 },
        { header: c('status'), width: 16 },
        { header: c('resolutionNumber'), width: 14 },
        { header: c('resolutionDate'), width: 14, kind: 'date' },
      ],
      rows: rows.map((r) => {
        const district = districts.get(r[0]);
        return [
          district?.number ?? null,
          district?.region ?? null,
          fullName({ surname: r[1], givenName: r[2], patronymic: r[3] }),
          rc.label(`kind.${r[4]}`),
          r[4] === 'district-self' ? self : r[4] === 'district-association' ? r[6] : (byId.get(r[5] ?? 0) ?? ''),
          rc.label(`status.${r[7]}`),
          resolutions.get(r[9])?.number ?? null,
          resolutions.get(r[9])?.date ?? null,
        ];
      }),
    },
  ];
}
