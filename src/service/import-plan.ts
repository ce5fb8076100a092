// What an import would do, row by row (issue 6). The preview shows this plan and the commit carries out this same
// plan, so the two cannot differ: each row goes through the form's own checks (format, eligibility, the person's
// other nominations, the same person under another IIN), is matched with a person on file by IIN, with the earlier
// rows of the file, and with the nominations already on file; the party lists are judged as they would stand afterwards.
import type { Finding } from '../domain/finding';
import { hasErrors } from '../domain/finding';
import { checkNominationFormat, checkPersonFormat } from '../domain/format-checks';
import { rowOptions } from '../domain/import-lookups';
import { mapRow } from '../domain/import-row';
import type { ImportCounts, ImportListView, ImportRowStatus, ImportRowView } from '../domain/import-records';
import { quotaFigures, type QuotaPerson } from '../domain/quota';
import { checkCandidate, checkEligibility, crossFindings } from '../domain/rules';
import { listFindings } from '../domain/rules/list';
import { carriesParty, usedParts, type NominationInput, type PersonInput } from '../domain/types';
import { nominationsOfPersons } from '../ledger/candidate-facts';
import type { ElectionRules } from '../ledger/elections';
import { electionNominations, personIdsByIin, type ElectionNomination } from '../ledger/import-batches';
import { quotaRows } from '../ledger/list-members';
import { partyLists } from '../ledger/party-lists';
import { getPerson } from '../ledger/persons';
import { listDistricts, listParties, listRegions } from '../ledger/reference';
import type { WorkbookHeader, WorkbookRow } from '../imports/read-workbook';
import type { Context } from './context';
import { candidateContext, electionFacts, nominationFacts, type ElectionFacts } from './findings';
import { importNamesakes } from './import-namesakes';
import { isStanding, type ListElection } from './list-summary';
import { nominationSchema, personSchema } from './schemas';

export interface PlannedRow extends Omit<ImportRowView, 'findings'> {
  /** What would be stored: for a person on file, the person as stored (an import never rewrites a person). */
  person: PersonInput;
  nomination: NominationInput;
  /** The findings about reading and matching the row: its cells, its format, its person on file, its position. */
  own: Finding[];
  /** The gravest finding of the row, the rules' included. */
  worst: Finding['severity'] | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: ImportCounts;
  lists: ImportListView[];
  /**
   * Every finding of a row, as the form would show them. The rules' findings are made again when asked for rather
   * than kept: a dozen findings on each of 100,000 rows is most of an import's memory, and a page needs 100.
   */
  findingsOf(row: PlannedRow): Finding[];
}

/** Takes the rows of a file as they are read, then makes the plan: nothing of the file's cells is kept. */
export interface Planner {
  add(row: WorkbookRow, header: WorkbookHeader): void;
  finish(): ImportPlan;
}

const PERSON_FIELDS_COMPARED = ['surname', 'givenName', 'patronymic', 'birthDate', 'sex'] as const;

/** Is `n` (on file) the nomination the row asks for? Then the row was imported before, or entered by hand. */
function sameNomination(n: ElectionNomination, row: NominationInput): boolean {
  const [, , kind, partyId, districtId, association] = n;
  if (kind !== row.kind) return false;
  if (kind === 'party-list') return partyId === row.partyId;
  if (districtId !== row.districtId) return false;
  if (kind === 'district-party') return partyId === row.partyId;
  if (kind === 'district-association') return association.trim() === row.associationName.trim();
  return true;
}

function rowFinding(rule: string, field: string, messageKey: string, params: Finding['params'], severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, field, messageKey, ...(params ? { params } : {}) };
}

function emptyCounts(): ImportCounts {
  return { rows: 0, new: 0, existingPerson: 0, alreadyNominated: 0, duplicate: 0, invalid: 0, withErrors: 0, withWarnings: 0 };
}

const COUNT_OF: Record<ImportRowStatus, keyof ImportCounts> = {
  new: 'new',
  'existing-person': 'existingPerson',
  'already-nominated': 'alreadyNominated',
  duplicate: 'duplicate',
  invalid: 'invalid',
};

export const isAdded = (status: ImportRowStatus): boolean => status === 'new' || status === 'existing-person';

/**
 * A row the clerk must look at: not to be recorded, or to be recorded with an error. Warnings (documents still to
 * hand in) are on nearly every imported row, so they do not make a row a problem.
 */
export const isProblem = (r: Pick<PlannedRow, 'status' | 'worst'>): boolean => !isAdded(r.status) || r.worst === 'error';

/**
 * The plan of an import into `election` as the ledger stands now: reads the ledger once, then each row as the file is
 * read. `partyId` is the party of a party's own list file: rows without a party (and without a district) go on its list.
 */
export function createPlanner(ctx: Context, election: ElectionRules & ListElection, partyId: number | null): Planner {
  const { db } = ctx;
  const today = ctx.today(election);
  const options = rowOptions({
    districts: new Map(listDistricts(db, election.id).map((d) => [d.number, d.id])),
    parties: listParties(db, election.id),
    regions: listRegions(db, election.id),
  });
  const facts = electionFacts(db, election.id);
  const iins = personIdsByIin(db);

  const onFile = electionNominations(db, election.id);
  const byPerson = new Map<number, ElectionNomination[]>();
  const takenPositions = new Map<number, Map<number, number>>(); // party → position → person
  for (const n of onFile) {
    const list = byPerson.get(n[1]);
    if (list) list.push(n);
    else byPerson.set(n[1], [n]);
    if (n[2] === 'party-list' && n[3] !== null && n[6] !== null) {
      let positions = takenPositions.get(n[3]);
      if (!positions) takenPositions.set(n[3], (positions = new Map<number, number>()));
      positions.set(n[6], n[1]);
    }
  }

  const rows: PlannedRow[] = [];
  const firstRowOfIin = new Map<string, number>();
  const matched: number[] = [];
  const add = (source: WorkbookRow, header: WorkbookHeader): void => {
    const { person: read, nomination, problems } = mapRow(source.cells, header.match.columns, options);
    if (partyId !== null) {
      if (nomination.kind === '' && nomination.districtId === null) nomination.kind = 'party-list';
      if (carriesParty(nomination.kind) && nomination.partyId === null) nomination.partyId = partyId;
    }
    // The form offers today's date for a nomination received now; a file without the column is received today.
    if (nomination.receivedOn === '' && !problems.some((f) => f.field === 'receivedOn')) nomination.receivedOn = today;

    const findings: Finding[] = [...problems, ...checkPersonFormat(read, today), ...checkNominationFormat(nomination, today)];
    findings.push(...shapeFindings(read, nomination, findings));
    const personId = read.iin === '' ? undefined : iins.get(read.iin);
    let person = read;
    if (personId !== undefined) {
      const stored = getPerson(db, personId);
      if (stored) {
        const differs = PERSON_FIELDS_COMPARED.filter((f) => String(stored[f]).trim() !== String(read[f]).trim());
        if (differs.length > 0)
          findings.push(rowFinding('import.personDiffers', 'iin', 'import.personDiffers', { fields: differs.join(', ') }, 'warning'));
        const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...input } = stored;
        person = input;
      }
    }
    const parts = usedParts(nomination);
    const row: PlannedRow = {
      row: source.row,
      status: 'new',
      surname: read.surname,
      givenName: read.givenName,
      patronymic: read.patronymic,
      iin: read.iin,
      birthDate: read.birthDate,
      kind: nomination.kind,
      partyId: parts.partyId,
      districtId: parts.districtId,
      listPosition: parts.listPosition,
      personId: personId ?? null,
      duplicateOfRow: null,
      own: findings.length === 0 ? NONE : findings,
      worst: null,
      person,
      nomination,
    };
    rows.push(row);

    const earlier = read.iin === '' ? undefined : firstRowOfIin.get(read.iin);
    if (hasErrors(row.own)) {
      row.status = 'invalid';
    } else if (earlier !== undefined) {
      row.status = 'duplicate';
      row.duplicateOfRow = earlier;
    } else if (personId !== undefined && (byPerson.get(personId) ?? []).some((n) => sameNomination(n, nomination))) {
      row.status = 'already-nominated';
    } else {
      row.status = personId === undefined ? 'new' : 'existing-person';
    }
    if (read.iin !== '' && earlier === undefined && row.status !== 'invalid') firstRowOfIin.set(read.iin, row.row);
    if (row.status === 'existing-person' && personId !== undefined) matched.push(personId);
  };

  const finish = (): ImportPlan => {
    assignListPositions(rows, takenPositions);
    for (const [r, found] of importNamesakes(db, rows.filter((r) => isAdded(r.status)))) r.own = [...r.own, ...found];
    const rules = ruleChecker(election, facts, today, matched.length > 0 ? nominationsOfPersons(db, matched) : []);
    const counts = emptyCounts();
    for (const r of rows) {
      // A new person's row had the format checks in `own` already, on this same person and nomination (the list
      // position given since cannot fail them): only its gravest finding is wanted here, so they are not run again.
      r.worst = worstOf(r.own, isAdded(r.status) ? rules(r, r.personId === null) : NONE);
      counts.rows += 1;
      counts[COUNT_OF[r.status]] += 1;
      if (isAdded(r.status) && r.worst === 'error') counts.withErrors += 1;
      else if (isAdded(r.status) && r.worst === 'warning') counts.withWarnings += 1;
    }
    return {
      rows,
      counts,
      lists: listsAfter(ctx, election, rows),
      findingsOf: (r) => (isAdded(r.status) ? [...r.own, ...rules(r)] : r.own),
    };
  };

  return { add, finish };
}

const NONE: Finding[] = [];

/**
 * The limits the API puts on what the form sends (lengths above all: a hostile cell of 30,000 characters in
 * «Occupation»), checked with the same schemas, where the domain's checks have not already found the field wrong.
 */
function shapeFindings(person: PersonInput, nomination: NominationInput, found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const parsed of [personSchema.safeParse(person), nominationSchema.safeParse(nomination)]) {
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (found.some((f) => f.field === field && f.severity === 'error') || out.some((f) => f.field === field)) continue;
      out.push(
        issue.code === 'too_big'
          ? rowFinding('import.shape', field, 'finding.tooLong', { max: Number(issue.maximum) })
          : rowFinding('import.shape', field, 'error.input.value', { path: field }),
      );
    }
  }
  return out;
}

function worstOf(a: readonly Finding[], b: readonly Finding[]): Finding['severity'] | null {
  let worst: Finding['severity'] | null = null;
  for (const f of [...a, ...b]) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') worst = 'warning';
    else worst ??= f.severity;
  }
  return worst;
}

/**
 * A position given in the file must be free on the list and not given twice in the file; a row without one goes to
 * the end of the list, in file order, as the form puts a candidate entered without a position.
 */
function assignListPositions(rows: PlannedRow[], taken: Map<number, Map<number, number>>): void {
  const inFile = new Map<number, Map<number, number>>(); // party → position → row
  for (const r of rows) {
    if (!isAdded(r.status) || r.nomination.kind !== 'party-list' || r.nomination.partyId === null) continue;
    const position = r.nomination.listPosition;
    if (position === null) continue;
    const partyId = r.nomination.partyId;
    const holder = taken.get(partyId)?.get(position);
    let rowsAt = inFile.get(partyId);
    if (!rowsAt) inFile.set(partyId, (rowsAt = new Map<number, number>()));
    const earlierRow = rowsAt.get(position);
    if ((holder !== undefined && holder !== r.personId) || earlierRow !== undefined) {
      r.own = [...r.own, rowFinding('import.listPosition', 'listPosition', 'error.listPositionTaken', { position })];
      r.status = 'invalid';
    } else rowsAt.set(position, r.row);
  }
  const next = new Map<number, number>();
  const nextFree = (partyId: number): number => {
    let p = next.get(partyId) ?? 1;
    while (taken.get(partyId)?.has(p) || inFile.get(partyId)?.has(p)) p += 1;
    next.set(partyId, p + 1);
    return p;
  };
  for (const r of rows) {
    if (!isAdded(r.status) || r.nomination.kind !== 'party-list' || r.nomination.partyId === null) continue;
    if (r.nomination.listPosition !== null) continue;
    r.nomination.listPosition = nextFree(r.nomination.partyId);
    r.listPosition = r.nomination.listPosition;
  }
}

/** The rules the form runs on a candidate, and for a person on file the cross rules against their nominations. */
function ruleChecker(
  election: ElectionRules,
  facts: ElectionFacts,
  today: string,
  others: ReturnType<typeof nominationsOfPersons>,
): (r: PlannedRow, formatChecked?: boolean) => Finding[] {
  const othersOf = new Map<number, typeof others>();
  for (const n of others) {
    const list = othersOf.get(n.personId);
    if (list) list.push(n);
    else othersOf.set(n.personId, [n]);
  }
  return (r, formatChecked = false) => {
    const ctx = candidateContext(election, facts, r.nomination, 'nomination');
    const candidate = { person: r.person, nomination: r.nomination };
    const findings = formatChecked ? checkEligibility(candidate, ctx) : checkCandidate(candidate, ctx, today);
    if (r.personId === null) return findings;
    const target = nominationFacts(0, r.personId, election, r.nomination, 'nominated');
    return target ? [...findings, ...crossFindings(target, othersOf.get(r.personId) ?? [], election.profile)] : findings;
  };
}

/** Every party list the import adds to, as it would stand afterwards. */
function listsAfter(ctx: Context, election: ElectionRules & ListElection, rows: readonly PlannedRow[]): ImportListView[] {
  const added = new Map<number, QuotaPerson[]>();
  for (const r of rows) {
    if (!isAdded(r.status) || r.nomination.kind !== 'party-list' || r.nomination.partyId === null) continue;
    const person: QuotaPerson = {
      // A new person has no id yet: the sheet row stands in for it, so each still counts once.
      personId: r.personId ?? -r.row,
      sex: r.person.sex,
      birthDate: r.person.birthDate,
      disability: r.person.disability,
    };
    const list = added.get(r.nomination.partyId);
    if (list) list.push(person);
    else added.set(r.nomination.partyId, [person]);
  }
  if (added.size === 0) return [];
  const standing = new Map<number, QuotaPerson[]>();
  for (const [partyId, personId, status, , sex, birthDate, disability] of quotaRows(ctx.db, election.id)) {
    if (!added.has(partyId) || !isStanding(status)) continue;
    const list = standing.get(partyId) ?? [];
    list.push({ personId, sex, birthDate, disability: disability === 1 });
    standing.set(partyId, list);
  }
  const out: ImportListView[] = [];
  for (const list of partyLists(ctx.db, election.id)) {
    const adds = added.get(list.partyId);
    if (!adds) continue;
    const before = standing.get(list.partyId) ?? [];
    const quota = quotaFigures([...before, ...adds], election.profile, election.electionDay);
    out.push({
      partyId: list.partyId,
      partyCode: list.partyCode,
      shortName: list.shortName,
      name: list.name,
      short: list.short,
      lengthBefore: before.length,
      added: adds.length,
      maxLength: election.maxLength,
      quota,
      findings: listFindings({ length: quota.length, maxLength: election.maxLength, quota, registered: list.status === 'registered' }, election.profile),
    });
  }
  return out;
}
