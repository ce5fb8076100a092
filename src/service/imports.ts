// Importing a clerk's workbook (issue 6): files the transports received, read once and kept for the preview's
// pages; the plan shown in the preview is the plan the commit carries out, re-made inside the commit's transaction
// unless the ledger is exactly as it was when the plan was made.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ImportOutcome, ImportPreview, ImportRowView } from '../domain/import-records';
import { columnLetter } from '../domain/import-columns';
import { withDeferredIndexes } from '../ledger/derived-indexes';
import { insertImportBatch } from '../ledger/import-batches';
import { journalHead, withJournalHead } from '../ledger/journal';
import { insertNominations } from '../ledger/nominations';
import { touchPartyList } from '../ledger/party-lists';
import { insertPersons } from '../ledger/persons';
import { electionOf } from '../ledger/reference';
import { readWorkbook, type ImportFailure, type WorkbookHeader } from '../imports/read-workbook';
import type { Actor } from '../ledger/record';
import type { Context } from './context';
import { mustGetElectionRules } from './elections';
import { createPlanner, isAdded, isProblem, type ImportPlan, type PlannedRow } from './import-plan';
import { mustGetListElection } from './list-summary';
import type { CommitInput, ErrorsInput, PreviewInput } from './import-methods';
import { Refusal } from './result';

interface RegisteredFile {
  path: string;
  name: string;
}

/** A file planned against the ledger at journal head `head`: the plan is good while the head stays. */
export interface PlannedFile {
  key: string;
  head: string;
  fileId: string;
  path: string;
  digest: string;
  file: string;
  sheet: string;
  /** Rows Excel hides in the sheet read, and the hidden sheets passed over: the clerk is told of both. */
  hiddenRows: number[];
  hiddenSheets: string[];
  /** The visible sheets, for the clerk to pick another. */
  sheets: string[];
  header: WorkbookHeader;
  plan: ImportPlan;
}

/** How many invalid rows a refusal names before it says "and more". */
const ROWS_NAMED = 10;
/** How many rows between two progress reports. */
const PROGRESS_EVERY = 1000;
/** Another window may write while a file is read; after this many tries the clerk is asked to try again. */
const ATTEMPTS = 3;

function digestOf(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/**
 * A file with neither a nomination-kind nor a district column is a party's list: without the party chosen, every row
 * would be marked for its missing kind, when what is missing is one choice at the party selector.
 */
function isPartyListFile(header: WorkbookHeader): boolean {
  const columns = new Set(header.match.columns.values());
  return !columns.has('kind') && !columns.has('districtId') && !columns.has('partyId');
}

function choosePartyRefusal(file: string): Refusal {
  return new Refusal({ code: 'invalid-input', messageKey: 'import.chooseParty', params: { file }, field: 'partyId' });
}

function refusalOf(failure: ImportFailure): Refusal {
  return new Refusal({ code: 'invalid-input', messageKey: failure.messageKey, params: failure.params, field: 'file' });
}

function rowView(plan: ImportPlan, r: PlannedRow): ImportRowView {
  const { person: _person, nomination: _nomination, own: _own, worst: _worst, ...view } = r;
  return { ...view, findings: plan.findingsOf(r) };
}

export interface ImportDesk {
  register(path: string, name: string): string;
  /** The files registered so far, by id: handed to a job that previews or commits one off the request thread. */
  registered(): { fileId: string; path: string; name: string }[];
  /** Takes a file another desk of the same ledger registered, under the id it gave it. */
  adopt(file: { fileId: string; path: string; name: string }): void;
  preview(input: PreviewInput): Promise<ImportPreview>;
  commit(input: CommitInput): Promise<ImportOutcome>;
  /** The file and its plan, for the error report. */
  planned(input: ErrorsInput): Promise<PlannedFile>;
  /** The name the clerk's file had, for the error report's name. */
  nameOf(fileId: string): string | undefined;
}

export function createImportDesk(ctx: Context): ImportDesk {
  const files = new Map<string, RegisteredFile>();
  // One file at a time is what a clerk works on: its plan is kept for the preview's pages and for the commit.
  let cached: PlannedFile | null = null;

  // The preview's pages ask for the same file again and again: its hash is kept while its size and time stay. The
  // commit always hashes the file anew, so what it records is what it read.
  let hashed: { fileId: string; size: number; mtimeMs: number; digest: string } | null = null;

  async function digest(fileId: string, fresh: boolean): Promise<RegisteredFile & { digest: string }> {
    const registered = files.get(fileId);
    if (!registered) throw new Refusal({ code: 'not-found', messageKey: 'import.unknownFile', field: 'fileId' });
    try {
      const { size, mtimeMs } = await stat(registered.path);
      if (!fresh && hashed?.fileId === fileId && hashed.size === size && hashed.mtimeMs === mtimeMs)
        return { ...registered, digest: hashed.digest };
      const value = await digestOf(registered.path);
      hashed = { fileId, size, mtimeMs, digest: value };
      return { ...registered, digest: value };
    } catch (e) {
      throw new Refusal({
        code: 'invalid-input',
        messageKey: 'import.unreadable',
        params: { file: registered.name, detail: (e as NodeJS.ErrnoException).code ?? String(e) },
        field: 'file',
      });
    }
  }

  function partyOf(electionId: number, partyId: number | undefined): number | null {
    if (partyId === undefined) return null;
    if (electionOf(ctx.db, 'party', partyId) !== electionId)
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.notInElection', params: { field: 'partyId' }, field: 'partyId' });
    return partyId;
  }

  /** The file read and planned against the ledger as it is now; the kept plan while nothing was written since. */
  function planned(fileId: string, electionId: number, partyId: number | null, sheet: string | undefined, fresh = false, committing = false): Promise<PlannedFile> {
    // On the job thread the plan reads one snapshot of the ledger: with clerks saving every second, a plan that
    // reads the ledger as it moves is stale before it ends and was made again and again (a 10,000-row preview took
    // 27.5 s under the load run). Inside the commit's held write lock the ledger cannot move anyway.
    const { readHeld } = ctx;
    return readHeld && !ctx.db.inTransaction ? readHeld(() => plannedNow(fileId, electionId, partyId, sheet, fresh, committing)) : plannedNow(fileId, electionId, partyId, sheet, fresh, committing);
  }

  async function plannedNow(fileId: string, electionId: number, partyId: number | null, sheet: string | undefined, fresh: boolean, committing: boolean): Promise<PlannedFile> {
    const election = { ...mustGetElectionRules(ctx, electionId), ...mustGetListElection(ctx, electionId) };
    const source = await digest(fileId, fresh);
    const key = `${fileId}|${source.digest}|${electionId}|${partyId ?? ''}|${ctx.today(election)}|${sheet ?? ''}`;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const head = journalHead(ctx.db).hash;
      if (cached?.key === key && cached.head === head) return cached;
      cached = null;
      const planner = createPlanner(ctx, election, partyId);
      const job = ctx.job();
      let read = 0;
      // The header is the same object for every row: it is judged once, not once a row (1 % of a preview, profiled).
      let judged: WorkbookHeader | null = null;
      const result = await readWorkbook(source.path, {
        ...(sheet === undefined ? {} : { sheet }),
        onRow: (row, header) => {
          if (partyId === null && header !== judged) {
            if (isPartyListFile(header)) throw choosePartyRefusal(source.name);
            judged = header;
          }
          planner.add(row, header);
          // The number of rows is known only once the sheet is read: the count goes up without a total meanwhile.
          if (++read % PROGRESS_EVERY === 0) {
            if (!committing && job.stopped()) throw new Refusal({ code: 'cancelled', messageKey: 'error.cancelled' });
            job.report(read, 0);
          }
        },
      });
      if (!result.ok) throw refusalOf({ ...result.failure, params: { ...result.failure.params, file: source.name } });
      if (partyId === null && isPartyListFile(result.header)) throw choosePartyRefusal(source.name);
      // The ledger was read before the file: if someone wrote meanwhile, the plan is of a ledger that is gone.
      if (journalHead(ctx.db).hash !== head) continue;
      cached = { key, head, fileId, path: source.path, digest: source.digest, file: source.name, sheet: result.sheet, hiddenRows: result.hiddenRows, hiddenSheets: result.hiddenSheets, sheets: result.sheets, header: result.header, plan: planner.finish() };
      return cached;
    }
    throw new Refusal({ code: 'conflict', messageKey: 'error.busy' });
  }

  async function commit(input: CommitInput): Promise<ImportOutcome> {
    const partyId = partyOf(input.electionId, input.partyId);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const p = await planned(input.fileId, input.electionId, partyId, input.sheet, true, true);
      if (p.digest !== input.digest)
        throw new Refusal({ code: 'stale', messageKey: 'import.fileChanged', params: { file: p.file }, field: 'file' });
      // Inside the transaction the plan is checked to be of the ledger this commit writes to; if not, planned again.
      const outcome = ctx.write((who) => (journalHead(ctx.db).hash === p.head ? carryOut(p, input, partyId, who) : null));
      if (outcome) return outcome;
      // Clerks saved while the file was planned. In a busy office they always will (100,000 rows take seconds to
      // plan, twenty clerks save every second or so), so the job thread plans once more holding the write lock: their
      // saves wait for the commit (as they would for its writing anyway) instead of the commit never landing.
      const { writeHeld } = ctx;
      if (writeHeld)
        return writeHeld(async (who) => {
          const held = await planned(input.fileId, input.electionId, partyId, input.sheet, true, true);
          if (held.digest !== input.digest)
            throw new Refusal({ code: 'stale', messageKey: 'import.fileChanged', params: { file: held.file }, field: 'file' });
          // The plan is made; the write itself is synchronous, so the journal head can be kept for it (context.ts).
          return withJournalHead(ctx.db, () => carryOut(held, input, partyId, who));
        });
    }
    throw new Refusal({ code: 'conflict', messageKey: 'error.busy' });
  }

  function carryOut(p: PlannedFile, input: CommitInput, partyId: number | null, who: Actor): ImportOutcome {
    const { plan } = p;
    const invalid = plan.rows.filter((r) => r.status === 'invalid');
    if (invalid.length > 0 && !input.skipInvalid) {
      const named = invalid.slice(0, ROWS_NAMED).map((r) => r.row).join(', ');
      throw new Refusal({
        code: 'findings',
        messageKey: 'import.invalidRows',
        params: { count: invalid.length, rows: invalid.length > ROWS_NAMED ? `${named}, …` : named, file: p.file },
      });
    }
    const toAdd = plan.rows.filter((r) => isAdded(r.status));
    const skipped = { alreadyNominated: plan.counts.alreadyNominated, duplicate: plan.counts.duplicate, invalid: plan.counts.invalid };
    const outcome = { file: p.file, digest: p.digest, skipped };
    if (toAdd.length === 0) return { ...outcome, importId: 0, added: 0, persons: 0, journalHead: p.head };
    const persons = toAdd.filter((r) => r.personId === null).length;
    const importId = insertImportBatch(ctx.db, who, {
      electionId: input.electionId,
      file: p.file,
      digest: p.digest,
      sheet: p.sheet,
      partyId,
      rows: plan.counts.rows,
      added: toAdd.length,
      persons,
      skipped,
    });
    const lists = new Set<number>();
    // The persons first, then their nominations: each table's pages and indexes are written in one run rather than
    // in turns (measured, 100,000 rows: 17–18.5 s → 13.4–14.4 s).
    //
    // FTS5's settings (a larger buffer of pending names, no merging) are NOT changed for the write, although that
    // saved 1–2 s of it: a connection that has written one of them afterwards reads the names' index through a stale
    // structure once another connection merged it, and its verify calls a sound ledger corrupt ("fts5: corruption
    // found reading blob"; SQLite 3.54.1, reproduced with two plain better-sqlite3 connections). The job thread's
    // import and the request thread's saves are two such connections (names-index-connections.test.ts).
    //
    // Progress counts rows written, persons then nominations: 2 per row. An import is never stopped midway: it is
    // one transaction, and a stop would only throw away the work done.
    const job = ctx.job();
    const total = toAdd.length * 2;
    let written = 0;
    const wrote = (rows: number): void => {
      written += rows;
      job.report(written, total);
    };
    const journal = (r: PlannedRow): Record<string, unknown> => ({ import: importId, row: r.row });
    withDeferredIndexes(ctx.db, () => {
      const personIds: number[] = [];
      for (let from = 0; from < toAdd.length; from += PROGRESS_EVERY) {
        const part = toAdd.slice(from, from + PROGRESS_EVERY);
        const made = insertPersons(ctx.db, who, part.filter((r) => r.personId === null).map((r) => ({ person: r.person, journal: journal(r) })));
        let k = 0;
        for (const r of part) personIds.push(r.personId ?? (made[k++] as number));
        wrote(part.length);
      }
      for (let from = 0; from < toAdd.length; from += PROGRESS_EVERY) {
        const part = toAdd.slice(from, from + PROGRESS_EVERY);
        insertNominations(ctx.db, who, input.electionId, part.map((r, i) => {
          const kind = r.nomination.kind;
          const personId = personIds[from + i];
          if (kind === '' || personId === undefined) throw new Error('unreachable: a row without a kind is invalid');
          if (kind === 'party-list' && r.nomination.partyId !== null) lists.add(r.nomination.partyId);
          return { personId, nomination: { ...r.nomination, kind }, journal: journal(r) };
        }));
        wrote(part.length);
      }
      for (const list of lists) touchPartyList(ctx.db, who, input.electionId, list);
    });
    cached = null;
    return { ...outcome, importId, added: toAdd.length, persons, journalHead: journalHead(ctx.db).hash };
  }

  return {
    register(path, name) {
      const fileId = randomBytes(12).toString('base64url');
      files.set(fileId, { path, name });
      return fileId;
    },

    registered: () => [...files].map(([fileId, f]) => ({ fileId, ...f })),

    adopt: ({ fileId, path, name }) => {
      files.set(fileId, { path, name });
    },

    async preview(input) {
      const p = await planned(input.fileId, input.electionId, partyOf(input.electionId, input.partyId), input.sheet);
      const made = p.plan;
      const chosen = input.only === 'problems' ? made.rows.filter(isProblem) : made.rows;
      return {
        fileId: p.fileId,
        file: p.file,
        sheet: p.sheet,
        hiddenRows: p.hiddenRows,
        hiddenSheets: p.hiddenSheets,
        sheets: p.sheets,
        digest: p.digest,
        headerRow: p.header.row,
        columns: [...p.header.match.columns].map(([index, column]) => ({ letter: columnLetter(index), column })),
        ignored: p.header.match.ignored,
        counts: made.counts,
        lists: made.lists,
        page: { offset: input.offset, total: chosen.length, rows: chosen.slice(input.offset, input.offset + input.limit).map((r) => rowView(made, r)) },
      };
    },

    commit,

    planned: (input) => planned(input.fileId, input.electionId, partyOf(input.electionId, input.partyId), input.sheet),

    nameOf: (fileId) => files.get(fileId)?.name,
  };
}
