import { formatDate } from './dates';
import type { MessageParams } from './finding';
import { formatNumber } from './numbers';
import type { Lang } from './types';

// How a message's parameters read: shared by the renderer and the command line, so a finding says the same thing
// on the screen and in `tizim check`.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Parameters whose value is a code with its own catalog group: the document, declaration, service it names. */
const CODED_PARAMS: Record<string, string> = {
  document: 'document',
  declaration: 'declaration',
  service: 'serviceRestriction',
  decision: 'decision',
};

export interface ParamWords {
  fieldLabel: (field: string) => string;
  /** The catalog word for a code of a group (`document`, `declaration`…). */
  word?: (group: string, code: string) => string;
  /** A number as the reader's language groups it. */
  number?: (n: number) => string;
}

/**
 * Parameters as a reader expects them: ISO dates as dd.mm.yyyy, local deadlines as dd.mm.yyyy hh:mm, a field name
 * as the field's label, a document or declaration code as its name, and an amount grouped by thousands.
 */
export function localizeParams(params: MessageParams | undefined, words: ParamWords | ((field: string) => string)): MessageParams | undefined {
  if (!params) return undefined;
  const w: ParamWords = typeof words === 'function' ? { fieldLabel: words } : words;
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    const group = CODED_PARAMS[name];
    const local = typeof value === 'string' ? LOCAL_DATE_TIME.exec(value) : null;
    if (typeof value === 'string' && ISO_DATE.test(value)) out[name] = formatDate(value);
    else if (local) out[name] = `${formatDate(local[1] ?? '')} ${local[2] ?? ''}`;
    else if (name === 'field' && typeof value === 'string') out[name] = w.fieldLabel(value);
    else if (group && typeof value === 'string' && w.word) out[name] = w.word(group, value);
    else if (name === 'amount' && typeof value === 'number' && w.number) out[name] = w.number(value);
    else out[name] = value;
  }
  return out;
}

/**
 * The catalog key of a field's label. Findings name the parts of the declarations and the documents checklist
 * `declarations.<d>` and `documents.<code>`; their names are the catalog's `declaration.<d>` and `document.<code>`.
 */
export function fieldLabelKey(field: string): string {
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  const rest = dot < 0 ? '' : field.slice(dot + 1);
  if (head === 'declarations' && rest !== '') return `declaration.${rest}`;
  if (head === 'documents' && rest !== '') return `document.${rest}`;
  return `field.${field}`;
}

export type Translate = (key: string, options: { defaultValue: string }) => string;

/** The words a catalog translator gives for the parameters of any message, in one language. */
export function paramWords(t: Translate, lang: Lang): ParamWords {
  return {
    fieldLabel: (field) => t(fieldLabelKey(field), { defaultValue: field }),
    word: (group, code) => t(`${group}.${code === '' ? 'none' : code}`, { defaultValue: code }),
    number: (n) => formatNumber(n, lang),
  };
}
