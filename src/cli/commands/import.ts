import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Argument, Command, Option } from 'commander';
import type { ImportOutcome, ImportPreview, ImportRowView } from '../../domain/import-records';
import { partyResolver, withReferenceAliases } from '../../domain/party-names';
import type { PartyView } from '../../domain/records';
import type { Lang } from '../../domain/types';
import type { Service } from '../../service/index';
import { chooseElection } from '../election-choice';
import { CliFailure, EXIT } from '../failure';
import { fieldLabel, findingText } from '../finding-text';
import type { CliContext } from '../io';
import { actorOption, dbOption, dbPath, wholeNumber } from '../options';
import { valueOf, withService } from '../open-service';
import { progressLine } from '../progress-line';

interface ImportOptions {
  db?: string;
  election?: number;
  party?: string;
  sheet?: string;
  commit?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
  actor?: string;
}

/** The page size the preview is read in: the service keeps the plan, so the pages cost nothing to cut. */
const PAGE = 500;

/** The party `--party` names: its code or any of its names in any language, as an import's party column reads. */
function partyOf(service: Service, electionId: number, wanted: string, lang: Lang): PartyView {
  const parties = valueOf<PartyView[]>(service.call('parties.list', { electionId }));
  const found = partyResolver(withReferenceAliases(parties))(wanted);
  if (!found) throw new CliFailure('importCommand.unknownParty', { party: wanted, parties: parties.map((p) => `${p.code} (${p.short[lang]})`).join(', ') }, EXIT.cannotRun);
  return found;
}

async function previewPages(ctx: CliContext, service: Service, input: Record<string, unknown>): Promise<{ preview: ImportPreview; rows: ImportRowView[] }> {
  const line = progressLine(ctx, { counted: 'progress.read', read: 'progress.read' });
  let first: ImportPreview;
  try {
    first = valueOf<ImportPreview>(await service.callAsync('imports.preview', { ...input, only: 'problems', offset: 0, limit: PAGE }, undefined, line.handle));
  } finally {
    line.end();
  }
  const rows = [...first.page.rows];
  while (rows.length < first.page.total) {
    const next = valueOf<ImportPreview>(await service.callAsync('imports.preview', { ...input, only: 'problems', offset: rows.length, limit: PAGE }));
    if (next.page.rows.length === 0) break;
    rows.push(...next.page.rows);
  }
  return { preview: first, rows };
}

const IGNORED_NAMED = 10;

function printPreview(ctx: CliContext, p: ImportPreview, rows: readonly ImportRowView[]): void {
  ctx.out(ctx.t('importCommand.file', { file: p.file, sheet: p.sheet, row: p.headerRow, columns: p.columns.length }));
  if (p.hiddenSheets.length > 0) ctx.out(ctx.t('importCommand.hiddenSheets', { count: p.hiddenSheets.length, sheets: p.hiddenSheets.map((s) => `«${s}»`).join(', ') }));
  if (p.hiddenRows.length > 0) ctx.out(ctx.t('importCommand.hiddenRows', { count: p.hiddenRows.length, rows: p.hiddenRows.slice(0, 20).join(', ') + (p.hiddenRows.length > 20 ? ', …' : '') }));
  // A sheet 16,384 columns wide is named in ten lines and a count, not one line a column.
  for (const ignored of p.ignored.slice(0, IGNORED_NAMED)) ctx.out(ctx.t('importCommand.ignored', { column: ignored.letter, text: ignored.text }));
  if (p.ignored.length > IGNORED_NAMED) ctx.out(ctx.t('importCommand.ignoredMore', { count: p.ignored.length - IGNORED_NAMED, last: p.ignored[p.ignored.length - 1]?.letter ?? '' }));
  for (const r of rows) {
    const name = [r.surname, r.givenName, r.patronymic].filter(Boolean).join(' ');
    const also = r.duplicateOfRow === null ? '' : ` ${ctx.t('importCommand.duplicateOf', { row: r.duplicateOfRow })}`;
    ctx.out(ctx.t('importCommand.row', { row: r.row, status: ctx.t(`importStatus.${r.status}`), name, iin: r.iin }) + also);
    // Errors only: warnings (documents still to hand in) are on nearly every row; --json gives every finding.
    for (const f of r.findings.filter((x) => x.severity === 'error')) {
      const { field, message, legalRef } = findingText(ctx, f);
      const where = field === null ? '' : `${fieldLabel(ctx, field)}: `;
      ctx.out(`    ${ctx.t(`severity.${f.severity}`)}  ${where}${message}${legalRef === null ? '' : ` (${legalRef})`}`);
    }
  }
  for (const list of p.lists) {
    ctx.out(ctx.t('importCommand.list', { party: list.short[ctx.lang], before: list.lengthBefore, after: list.quota.length, max: list.maxLength, count: list.quota.count, required: list.quota.required }));
    for (const f of list.findings) ctx.out(`    ${ctx.t(`severity.${f.severity}`)}  ${findingText(ctx, f).message}`);
  }
  ctx.out(ctx.t('importCommand.summary', { ...p.counts }));
}

function printJson(ctx: CliContext, p: ImportPreview, rows: readonly ImportRowView[], outcome: ImportOutcome | null): void {
  for (const r of rows)
    ctx.out(JSON.stringify({ row: r.row, status: r.status, iin: r.iin, findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, ...findingText(ctx, f) })) }));
  ctx.out(JSON.stringify({ file: p.file, digest: p.digest, counts: p.counts, lists: p.lists.map((l) => ({ party: l.partyCode, quota: l.quota, findings: l.findings.map((f) => f.rule) })), outcome }));
}

/**
 * `tizim import FILE`: prints the preview (rows with findings or not to be added, the lists as they would stand, the
 * counts); with `--commit`, commits it in one transaction. A killed commit leaves nothing of the import behind.
 */
export function importCommand(ctx: CliContext): Command {
  return new Command('import')
    .description(ctx.t('command.import'))
    .addArgument(new Argument('<file>', ctx.t('importCommand.fileArgument')))
    .addOption(dbOption(ctx))
    .addOption(new Option('--election <id>', ctx.t('option.oneElection')).argParser(wholeNumber('--election', 1, Number.MAX_SAFE_INTEGER)))
    .addOption(new Option('--party <code>', ctx.t('importCommand.partyOption')))
    .addOption(new Option('--sheet <name>', ctx.t('importCommand.sheetOption')))
    .addOption(new Option('--commit', ctx.t('importCommand.commitOption')))
    .addOption(new Option('--skip-invalid', ctx.t('importCommand.skipOption')))
    .addOption(new Option('--json', ctx.t('importCommand.jsonOption')))
    .addOption(actorOption(ctx))
    .action(async (file: string, options: ImportOptions) => {
      const path = dbPath(options.db, ctx.env);
      const source = resolve(file);
      if (!existsSync(source)) throw new CliFailure('importCommand.noFile', { path: source }, EXIT.cannotRun);
      await withService(path, ctx.who(options.actor), true, async (service) => {
        const election = chooseElection(service, options.election, path);
        const party = options.party === undefined ? undefined : partyOf(service, election.id, options.party, ctx.lang);
        const fileId = service.registerImportFile(source, basename(source));
        const input = { electionId: election.id, fileId, ...(party ? { partyId: party.id } : {}), ...(options.sheet === undefined ? {} : { sheet: options.sheet }) };
        const { preview, rows } = await previewPages(ctx, service, input);
        let outcome: ImportOutcome | null = null;
        if (options.commit === true) {
          ctx.err(ctx.t('importCommand.committing', { rows: preview.counts.new + preview.counts.existingPerson }));
          const line = progressLine(ctx, { counted: 'progress.write' });
          const result = await service
            .callAsync('imports.commit', { ...input, digest: preview.digest, skipInvalid: options.skipInvalid === true }, undefined, line.handle)
            .finally(() => line.end());
          if (!result.ok) {
            if (options.json === true) printJson(ctx, preview, rows, null);
            else printPreview(ctx, preview, rows);
          }
          outcome = valueOf<ImportOutcome>(result);
        }
        if (options.json === true) printJson(ctx, preview, rows, outcome);
        else {
          printPreview(ctx, preview, rows);
          if (outcome) ctx.out(ctx.t('importCommand.committed', { added: outcome.added, persons: outcome.persons, id: outcome.importId }));
          else if (options.commit !== true) ctx.out(ctx.t('importCommand.notCommitted'));
        }
      });
    });
}
