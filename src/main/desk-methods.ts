import { z } from 'zod';
import { errorsInput, templateInput } from '../service/import-methods';
import { methodsFor, type AnyMethod } from '../service/method';
import { reportInput } from '../service/reports';
import { errorOf, parseInput } from '../service/run-method';
import { fail, ok, type Result } from '../service/result';
import { lang } from '../service/schemas';
import type { Permission } from '../domain/users';
import type { Desk } from './desk';
import { chooseBackupFolder } from './backup-folder';
import { openImport } from './open-import';
import { saveWorkbook } from './save-file';
import { pdfInput, savePdf } from './save-pdf';

// The methods only the desk window has, because each needs one of its dialogs: declared here, once, as the service
// declares its own, and mounted by ipc.ts beside the service's. In the browser mode the same work is a download
// (the host's /file/<method>) or an upload (/upload). The renderer's client is typed from this file.

const desk = methodsFor<Desk>();

export const deskMethods = {
  /** The report saved where the clerk chooses (a save dialog); path null when they cancel. */
  'reports.save': desk.answer({ permission: 'observer', input: reportInput, handler: (input, d) => saveWorkbook(d, 'reports.export', input) }),
  /** The printed document on screen saved as a PDF (printToPDF), where the clerk chooses. */
  'print.savePdf': desk.answer({ permission: 'observer', input: pdfInput, handler: savePdf }),
  /** An open dialog in the desk's language; the chosen file is registered for preview. Null when the clerk cancels. */
  'imports.open': desk.answer({ permission: 'clerk', input: z.strictObject({ lang }), handler: (input, d) => openImport(d, input.lang) }),
  /** A folder dialog for the backups' folder; the page puts the chosen path in the field. Null when cancelled. */
  'backups.chooseFolder': desk.answer({ permission: 'administrator', input: z.strictObject({ lang }), handler: (input, d) => chooseBackupFolder(d, input.lang) }),
  /** The import template saved where the clerk chooses. */
  'imports.saveTemplate': desk.answer({ permission: 'clerk', input: templateInput, handler: (input, d) => saveWorkbook(d, 'imports.template', input) }),
  /** The previewed file's error report saved where the clerk chooses. */
  'imports.saveErrors': desk.answer({ permission: 'clerk', input: errorsInput, handler: (input, d) => saveWorkbook(d, 'imports.errors', input) }),
};

export type DeskMethods = typeof deskMethods;

const registry = deskMethods as unknown as Record<string, AnyMethod & { handler: (input: unknown, desk: Desk) => Promise<unknown> }>;

export function isDeskMethod(name: string): boolean {
  return Object.hasOwn(registry, name);
}

/** The least role that may call a desk method (declared with it). */
export function deskPermission(name: string): Permission {
  const method = registry[name];
  if (method === undefined) throw new Error(`not a desk method: ${name}`);
  return method.permission;
}

/** Runs one of the desk's methods: its input checked by its schema, its failures typed. */
export async function callDesk(name: string, input: unknown, d: Desk): Promise<Result<unknown>> {
  const method = registry[name];
  if (method === undefined || !Object.hasOwn(registry, name)) throw new Error(`not a desk method: ${name}`);
  const parsed = parseInput(method.input, input);
  if (!parsed.ok) return parsed;
  try {
    return ok(await method.handler(parsed.value, d));
  } catch (e) {
    return fail(errorOf(e, name));
  }
}
