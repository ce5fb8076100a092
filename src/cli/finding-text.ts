import type { Finding } from '../domain/finding';
import { localizeParams, paramWords } from '../domain/message-text';
import type { CliContext } from './io';

/** A field as the report names it: `declarations.<d>` and `documents.<code>` by their catalog names. */
export function fieldLabel(ctx: CliContext, field: string): string {
  return paramWords((key, options) => ctx.t(key, options), ctx.lang).fieldLabel(field);
}

/** A finding as a reader of the report reads it: the message in the reader's terms, and the law it cites. */
export function findingText(ctx: CliContext, f: Finding): { field: string | null; message: string; legalRef: string | null } {
  return {
    field: f.field ?? null,
    message: ctx.t(f.messageKey, { ...localizeParams(f.params, paramWords((key, options) => ctx.t(key, options), ctx.lang)), defaultValue: f.messageKey }),
    legalRef: f.legalRef === undefined ? null : ctx.t(f.legalRef, { defaultValue: f.legalRef }),
  };
}
