import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The arrows of DESIGN §1 as the project's own ESLint config enforces them: a wrong arrow is refused and a right one
// is not, so loosening a block in eslint.config.mjs fails here and not only in review. Only the import rule runs,
// without type information, so the whole table lints in a second or two.

const root = join(__dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: join(root, 'eslint.config.mjs'),
  overrideConfig: tseslint.configs.disableTypeChecked,
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** What the import rule says of one source file: the restricted specifiers it reports, or the parser's failure. */
async function refused(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((m) => {
    if (m.ruleId !== 'no-restricted-imports') throw new Error(`${filePath}: ${m.message}`);
    return /^'([^']+)'/.exec(m.message)?.[1] ?? m.message;
  });
}

type Case = [file: string, code: string];

const RIGHT: Case[] = [
  ['src/domain/x.ts', "import { foldName } from './names';\nimport { fullName } from './rules/../names';\nimport i18next from 'i18next';"],
  ['src/domain/rules/x.ts', "import type { RuleProfile } from '../profile';\nimport presets from '../../../resources/presets/mazhilis-2023.json';"],
  ['src/ledger/x.ts', "import Database from 'better-sqlite3';\nimport { createHash } from 'node:crypto';\nimport { foldName } from '../domain/names';"],
  ['src/ledger/migrations/x.ts', "import { LedgerError } from '../errors';"],
  ['src/reports/x.ts', "import ExcelJS from 'exceljs';\nimport { stmt } from '../ledger/statements';\nimport { journalHead } from '../ledger/journal';\nimport type { ElectionRecord } from '../ledger/elections';\nimport { ageOn } from '../domain/dates';"],
  ['src/imports/x.ts', "import ExcelJS from 'exceljs';\nimport { open } from 'node:fs/promises';\nimport { IMPORT_COLUMNS } from '../domain/import-columns';"],
  ['src/service/x.ts', "import { openLedger } from '../ledger';\nimport { persons } from '../ledger/persons';\nimport { buildReport } from '../reports';\nimport { readWorkbook } from '../imports/read-workbook';\nimport { z } from 'zod';"],
  ['src/main/x.ts', "import { app } from 'electron';\nimport { openLedger } from '../ledger/index';\nimport { createService } from '../service/index';\nimport { reportFileName } from '../domain/file-names';"],
  ['src/host/x.ts', "import { createServer } from 'node:http';\nimport type { Result } from '../service/result';\nimport { templateFileName } from '../domain/file-names';"],
  ['src/cli/x.ts', "import { Command } from 'commander';\nimport { openLedger } from '../ledger';\nimport { createService } from '../service/index';"],
  ['src/cli/commands/x.ts', "import { startHost } from '../../host/index';\nimport { writeTemplate } from '../../imports/template';\nimport { openLedger } from '../../ledger/index';"],
  ['src/preload/x.ts', "import { contextBridge } from 'electron';\nimport type { Call } from '../service/contract';\nexport type { Lang } from '../domain/types';"],
  ['src/renderer/x.tsx', "import { useState } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { formatDate } from '../domain/dates';"],
  ['src/renderer/screens/lists/x.tsx', "import type { Call } from '../../../service/contract';\nimport { type ListView } from '../../../service/views';\nimport type { DeskMethods } from '../../../main/desk-methods';\nimport { t } from '../../i18n/messages';\nimport { ImportScreen } from '../../screens/imports/ImportScreen';"],
];

const WRONG: [file: string, code: string, refused: string[]][] = [
  ['src/domain/x.ts', "import { openLedger } from '../ledger';", ['../ledger']],
  ['src/domain/rules/x.ts', "import { schemas } from '../../service/schemas';\nexport { stmt } from '../../ledger/statements';", ['../../service/schemas', '../../ledger/statements']],
  ['src/domain/x.ts', "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nimport Database from 'better-sqlite3';\nimport ExcelJS from 'exceljs';\nimport { ipcRenderer } from 'electron';\nimport { useState } from 'react';", ['node:fs', 'path', 'better-sqlite3', 'exceljs', 'electron', 'react']],
  ['src/ledger/x.ts', "import { createService } from '../service';\nimport { buildReport } from '../reports/index';\nimport { readWorkbook } from '../imports/read-workbook';\nimport ExcelJS from 'exceljs';", ['../service', '../reports/index', '../imports/read-workbook', 'exceljs']],
  ['src/ledger/migrations/x.ts', "import { startHost } from '../../host';", ['../../host']],
  ['src/reports/x.ts', "import { persons } from '../ledger/persons';\nimport { openLedger } from '../ledger';\nimport { createService } from '../service';\nimport { writeTemplate } from '../imports/template';", ['../ledger/persons', '../ledger', '../service', '../imports/template']],
  ['src/imports/x.ts', "import { stmt } from '../ledger/statements';\nimport { buildReport } from '../reports';\nimport Database from 'better-sqlite3';", ['../ledger/statements', '../reports', 'better-sqlite3']],
  ['src/service/x.ts', "import { startHost } from '../host';\nimport { menu } from '../main/menu';\nimport { run } from '../cli/run';\nimport { App } from '../renderer/App';\nimport { app } from 'electron';\nimport { useState } from 'react';", ['../host', '../main/menu', '../cli/run', '../renderer/App', 'electron', 'react']],
  ['src/main/x.ts', "import { persons } from '../ledger/persons';\nimport { startHost } from '../host/index';\nimport { run } from '../cli/run';\nimport { writeTemplate } from '../imports/template';\nimport { buildReport } from '../reports';\nimport { App } from '../renderer/App';", ['../ledger/persons', '../host/index', '../cli/run', '../imports/template', '../reports', '../renderer/App']],
  ['src/host/x.ts', "import { openLedger } from '../ledger';\nimport { run } from '../cli/run';\nimport { ipc } from '../main/ipc';\nimport { app } from 'electron';", ['../ledger', '../cli/run', '../main/ipc', 'electron']],
  ['src/cli/commands/x.ts', "import { stmt } from '../../ledger/statements';\nimport { readWorkbook } from '../../imports/read-workbook';\nimport { buildReport } from '../../reports';\nimport { menu } from '../../main/menu';\nimport { app } from 'electron';", ['../../ledger/statements', '../../imports/read-workbook', '../../reports', '../../main/menu', 'electron']],
  ['src/preload/x.ts', "import { schemas } from '../service/schemas';\nimport { readFileSync } from 'node:fs';\nimport { openLedger } from '../ledger';", ['../service/schemas', 'node:fs', '../ledger']],
  ['src/renderer/screens/lists/x.tsx', "import { createService } from '../../../service';\nimport { pickSaveFile } from '../../../main/desk-methods';\nimport type { Payload } from '../../../main/ipc-payload';\nimport type { Ledger } from '../../../ledger';", ['../../../service', '../../../main/desk-methods', '../../../main/ipc-payload', '../../../ledger']],
  ['src/renderer/x.tsx', "import { readFileSync } from 'fs';\nimport { ipcRenderer } from 'electron';\nimport ExcelJS from 'exceljs';\nimport Database from 'better-sqlite3';\nimport { startHost } from '../host';\nimport { run } from '../cli';\nimport { bridge } from '../preload';\nimport { buildReport } from '../reports';", ['fs', 'electron', 'exceljs', 'better-sqlite3', '../host', '../cli', '../preload', '../reports']],
];

describe('the arrows of the house (DESIGN §1)', () => {
  it.each(RIGHT)('allows what %s may import', async (file, code) => {
    expect(await refused(file, code)).toEqual([]);
  });

  it.each(WRONG)('refuses what %s may not import', async (file, code, specifiers) => {
    expect(await refused(file, code)).toEqual(specifiers);
  });

  it('leaves tests, benchmarks and scripts free', async () => {
    const code = "import { openLedger } from '../../src/ledger';\nimport { startHost } from '../../src/host';\nimport { app } from 'electron';";
    expect(await refused('tests/unit/x.ts', code)).toEqual([]);
    expect(await refused('bench/x.ts', code)).toEqual([]);
  });
});
