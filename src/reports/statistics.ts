import { BALLOT_STATES, type BallotTallyRow } from '../domain/ballot';
import { ageOn } from '../domain/dates';
import { formatNumber } from '../domain/numbers';
import { referenceDate } from '../domain/profile';
import { EDUCATION_LEVELS, NOMINATION_KINDS, NOMINATION_STATUSES, type NominationKind, type NominationStatus, type Sex } from '../domain/types';
import { stmt } from '../ledger/statements';
import type { ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';
import { partyNames } from './people';

// The figures of a commission's press release, e.g. "435 registered, 359 self-nominated (82.5%), 85 women
// (19.54%), average age 49": counts by kind and by status over every nomination; the rest over the registered
// candidates, each share of the registered. One query. An entry made in error is not a nomination and is not counted.

type Row = [kind: NominationKind, status: NominationStatus, partyId: number | null, sex: Sex, birthDate: string, education: string, membership: string, region: string];

const AGE_BANDS: [from: number, to: number | null][] = [[0, 29], [30, 39], [40, 49], [50, 59], [60, null]];

export function statisticsSheets(rc: ReportContext, ballot: readonly BallotTallyRow[]): ReportSheet[] {
  const { t } = rc;
  const c = (key: string): string => t(`report.column.${key}`);
  const s = (key: string, options?: Record<string, unknown>): string => t(`report.statistics.${key}`, options ?? {});
  const all = stmt(
    rc.db,
    `SELECT n.kind, n.status, n.party_id, p.sex, p.birth_date, p.education, p.party_membership, p.residence_region
     FROM nomination n JOIN person p ON p.id = n.person_id WHERE n.election_id = ? AND n.voided_at IS NULL`,
  )
    .raw(true)
    .all(rc.election.id) as Row[];
  const registered = all.filter((r) => r[1] === 'registered');
  const base = registered.length;
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  const rows: ReportSheet['rows'] = [];
  const section = (title: string): void => void rows.push([title, null, null, null]);
  const line = (label: string, count: number | null, of: number | null, value: number | null = null): void =>
    void rows.push([label, count, of === null || count === null ? null : share(count, of), value]);
  const tally = <K>(xs: readonly Row[], key: (r: Row) => K): Map<K, number> => {
    const m = new Map<K, number>();
    for (const r of xs) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return m;
  };

  section(s('nominations'));
  line(s('total'), all.length, all.length);
  const kinds = tally(all, (r) => r[0]);
  for (const k of NOMINATION_KINDS) line(t(`kind.${k}`), kinds.get(k) ?? 0, all.length);
  section(s('byStatus'));
  const statuses = tally(all, (r) => r[1]);
  for (const st of NOMINATION_STATUSES) line(t(`status.${st}`), statuses.get(st) ?? 0, all.length);

  section(s('registered', { count: formatNumber(base, rc.lang) }));
  line(s('selfNominated'), registered.filter((r) => r[0] === 'district-self').length, base);
  line(s('women'), registered.filter((r) => r[3] === 'female').length, base);
  line(s('men'), registered.filter((r) => r[3] === 'male').length, base);

  const on = referenceDate(rc.election.profile, rc.election.electionDay);
  const ages = registered.filter((r) => r[4] !== '').map((r) => ageOn(r[4], on));
  section(s('age', { date: formatIso(on) }));
  const average = ages.length === 0 ? null : Math.round((ages.reduce((a, b) => a + b, 0) / ages.length) * 10) / 10;
  line(s('averageAge'), null, null, average);
  line(s('youngest'), null, null, ages.length === 0 ? null : ages.reduce((a, b) => Math.min(a, b)));
  line(s('oldest'), null, null, ages.length === 0 ? null : ages.reduce((a, b) => Math.max(a, b)));
  for (const [from, to] of AGE_BANDS) {
    const n = ages.filter((a) => a >= from && (to === null || a <= to)).length;
    line(to === null ? s('ageFrom', { from }) : from === 0 ? s('ageUpTo', { to }) : s('ageBand', { from, to }), n, base);
  }

  section(s('education'));
  const education = tally(registered, (r) => r[5]);
  for (const level of EDUCATION_LEVELS) line(t(`education.${level}`), education.get(level) ?? 0, base);
  line(s('educationUnknown'), education.get('') ?? 0, base);

  section(s('membership'));
  const members = registered.filter((r) => r[6] !== '').length;
  line(s('partyMembers'), members, base);
  line(s('nonParty'), base - members, base);

  section(s('byRegion'));
  const regions = tally(registered, (r) => r[7]);
  // A region by its name in the reader's language; a text an old import stored (no region's code) as it was written.
  const regionLabel = (code: string): string => (code === '' ? s('regionUnknown') : (rc.regions.get(code) ?? code));
  // Most candidates first; a tie in the election's own order of regions (the reference data's), so the sheet reads
  // the same however the rows came.
  const order = [...rc.regions.keys()];
  const rank = (code: string): number => (order.includes(code) ? order.indexOf(code) : order.length);
  for (const [code, n] of [...regions].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]))) line(regionLabel(code), n, base);

  section(s('byParty'));
  const { byId } = partyNames(rc);
  const parties = tally(registered.filter((r) => r[2] !== null), (r) => r[2] as number);
  for (const [id, n] of [...parties].sort((a, b) => b[1] - a[1])) line(byId.get(id) ?? String(id), n, base);

  const name = sheetName(t('report.sheet.statistics'), new Set());
  return [
    {
      name,
      columns: [
        { header: c('indicator'), width: 44 },
        { header: c('count'), width: 12, kind: 'count' },
        { header: c('share'), width: 12, kind: 'percent' },
        { header: c('value'), width: 12, kind: 'decimal' },
      ],
      rows,
    },
    ballotSheet(rc, ballot, new Set([name.toLowerCase()])),
  ];
}

/**
 * The verification of ballot data (issue 13): verified, waiting and differing counts over the standing candidates,
 * for each party's list and for each district, in the order the lists and districts are numbered.
 */
function ballotSheet(rc: ReportContext, tally: readonly BallotTallyRow[], taken: Set<string>): ReportSheet {
  const { t } = rc;
  const c = (key: string): string => t(`report.column.${key}`);
  const counts = (rows: readonly BallotTallyRow[]): number[] => {
    const by = BALLOT_STATES.map((state) => rows.filter((r) => r.state === state).reduce((n, r) => n + r.count, 0));
    return [...by, by.reduce((a, b) => a + b, 0)];
  };
  const { byId } = partyNames(rc);
  const rows: ReportSheet['rows'] = [];
  rows.push([t('report.ballot.all'), ...counts(tally)]);
  rows.push([t('report.ballot.byList'), null, null, null, null]);
  const lists = tally.filter((r) => r.kind === 'party-list' && r.partyId !== null);
  for (const id of [...new Set(lists.map((r) => r.partyId as number))].sort((a, b) => a - b))
    rows.push([byId.get(id) ?? String(id), ...counts(lists.filter((r) => r.partyId === id))]);
  rows.push([t('report.ballot.byDistrict'), null, null, null, null]);
  const districts = stmt(rc.db, 'SELECT id, number FROM district WHERE election_id = ? ORDER BY number').all(rc.election.id) as { id: number; number: number }[];
  const inDistricts = tally.filter((r) => r.kind !== 'party-list' && r.districtId !== null);
  for (const d of districts) {
    const of = inDistricts.filter((r) => r.districtId === d.id);
    if (of.length > 0) rows.push([t('report.ballot.district', { number: d.number }), ...counts(of)]);
  }
  return {
    name: sheetName(t('report.sheet.ballot'), taken),
    columns: [
      { header: c('ballotUnit'), width: 44 },
      ...BALLOT_STATES.map((state) => ({ header: c(`ballot.${state}`), width: 14, kind: 'count' as const })),
      { header: c('total'), width: 12, kind: 'count' },
    ],
    rows,
  };
}

const formatIso = (iso: string): string => iso.split('-').reverse().join('.');
