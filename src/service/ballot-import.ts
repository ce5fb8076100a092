import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ballotFieldsOf, compareEntries, entryFindings, excludedUsers, fieldsToEnter, printed, type BallotEntry, type BallotField } from '../domain/ballot';
import { rowOptions } from '../domain/import-lookups';
import { mapRow } from '../domain/import-row';
import { carriesParty } from '../domain/types';
import { ballotAuthors, standingNominationByIin } from '../ledger/ballot-verifications';
import { listDistricts, listParties, listRegions } from '../ledger/reference';
import { readWorkbook } from '../imports/read-workbook';
import { ballotNow, recordSecondEntry } from './ballot';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { method } from './method';
import { Refusal } from './result';
import { id, importFileId } from './schemas';

// A second workbook, typed independently by another user from the same papers (issue 13): each row is a second entry
// of the nomination whose candidate has its IIN, compared exactly as a second entry by hand. The preview names the
// rows and the fields that differ, never a value of the first entry; the commit records the entries it showed.

/**
 * What a row comes to: `verified` (every field equal), `differs` (the fields named differ), `unmatched` (no standing
 * nomination with this IIN), `yours` (the user entered or last changed it), `done` (nothing waits for an entry), or
 * `invalid` (a field missing).
 */
export type SecondRowOutcome = 'verified' | 'differs' | 'unmatched' | 'yours' | 'done' | 'invalid';

export interface SecondRow {
  row: number;
  iin: string;
  nominationId: number | null;
  outcome: SecondRowOutcome;
  /** The fields that differ (for `differs`) or are missing (for `invalid`). */
  fields: BallotField[];
}

export interface SecondWorkbook {
  file: string;
  digest: string;
  rows: SecondRow[];
  counts: Record<SecondRowOutcome, number>;
}

interface PlannedRow extends SecondRow {
  entry: BallotEntry;
  asked: BallotField[];
}

const input = z.strictObject({ electionId: id, fileId: importFileId, partyId: id.optional() });
const commitInput = input.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/) });

function registeredFile(ctx: Context, fileId: string): { path: string; name: string } {
  const file = ctx.imports.registered().find((f) => f.fileId === fileId);
  if (!file) throw new Refusal({ code: 'not-found', messageKey: 'import.unknownFile', field: 'fileId' });
  return file;
}

async function plan(ctx: Context, electionId: number, fileId: string, partyId: number | undefined): Promise<{ file: string; digest: string; rows: PlannedRow[] }> {
  const userId = ctx.user?.id ?? null;
  mustGetElectionRules(ctx, electionId);
  const source = registeredFile(ctx, fileId);
  const digest = createHash('sha256').update(await readFile(source.path)).digest('hex');
  const read = await readWorkbook(source.path);
  if (!read.ok) throw new Refusal({ code: 'invalid-input', messageKey: read.failure.messageKey, params: { ...read.failure.params, file: source.name }, field: 'file' });
  const options = rowOptions({
    districts: new Map(listDistricts(ctx.db, electionId).map((d) => [d.number, d.id])),
    parties: listParties(ctx.db, electionId),
    regions: listRegions(ctx.db, electionId),
  });
  const rows: PlannedRow[] = [];
  for (const r of read.rows) {
    const { person, nomination } = mapRow(r.cells, read.header.match.columns, options);
    if (partyId !== undefined) {
      if (nomination.kind === '' && nomination.districtId === null) nomination.kind = 'party-list';
      if (carriesParty(nomination.kind) && nomination.partyId === null) nomination.partyId = partyId;
    }
    const base = { row: r.row, iin: person.iin, entry: {} as BallotEntry, asked: [] as BallotField[] };
    const nominationId = person.iin === '' ? null : standingNominationByIin(ctx.db, electionId, person.iin, nomination.kind);
    if (nominationId === null) {
      rows.push({ ...base, nominationId, outcome: 'unmatched', fields: [] });
      continue;
    }
    const now = ballotNow(ctx, nominationId);
    const asked = fieldsToEnter(now.status);
    if (asked.length === 0) {
      rows.push({ ...base, nominationId, outcome: 'done', fields: [] });
      continue;
    }
    if (userId !== null && excludedUsers(ballotAuthors(ctx.db, nominationId), asked).has(userId)) {
      rows.push({ ...base, nominationId, outcome: 'yours', fields: [] });
      continue;
    }
    const kept = new Set(ballotFieldsOf(now.kind));
    const all: BallotEntry = { ...person, districtId: nomination.districtId, partyId: nomination.partyId, listPosition: nomination.listPosition };
    const entry: BallotEntry = {};
    for (const f of asked) entry[f] = kept.has(f) ? printed(all[f]) : null;
    const missing = entryFindings(entry, asked.filter((f) => kept.has(f)));
    if (missing.length > 0) {
      rows.push({ ...base, nominationId, entry, asked, outcome: 'invalid', fields: missing.map((f) => f.field as BallotField) });
      continue;
    }
    const { differing } = compareEntries(now.values, entry, asked);
    rows.push({ ...base, nominationId, entry, asked, outcome: differing.length > 0 ? 'differs' : 'verified', fields: differing });
  }
  return { file: source.name, digest, rows };
}

function view(p: { file: string; digest: string; rows: PlannedRow[] }): SecondWorkbook {
  const counts: Record<SecondRowOutcome, number> = { verified: 0, differs: 0, unmatched: 0, yours: 0, done: 0, invalid: 0 };
  for (const r of p.rows) counts[r.outcome]++;
  return { file: p.file, digest: p.digest, rows: p.rows.map(({ entry: _e, asked: _a, ...r }) => r), counts };
}

/** Records the rows the preview showed as second entries, in one transaction; refused when the file changed since. */
async function commit(i: z.output<typeof commitInput>, ctx: Context): Promise<SecondWorkbook> {
  const p = await plan(ctx, i.electionId, i.fileId, i.partyId);
  if (p.digest !== i.digest) throw new Refusal({ code: 'stale', messageKey: 'import.fileChanged', params: { file: p.file }, field: 'file' });
  ctx.write((who) => {
    for (const r of p.rows)
      if ((r.outcome === 'verified' || r.outcome === 'differs') && r.nominationId !== null)
        recordSecondEntry(ctx, who, r.nominationId, r.asked, r.entry, { import: { file: p.file, row: r.row } });
  });
  return view(p);
}

export const ballotImportMethods = {
  /** A second workbook as second entries: what each row would come to, naming rows and fields, never a first entry's value. */
  'ballot.importPreview': method.readsFile({ permission: 'clerk', input, handler: async (i, ctx) => view(await plan(ctx, i.electionId, i.fileId, i.partyId)) }),
  'ballot.importCommit': method.readsFile({ permission: 'clerk', input: commitInput, handler: commit }),
};
