import type { Database } from 'better-sqlite3';

/** A value no stored row can equal: what a default that is an expression (CURRENT_TIMESTAMP…) stands for. */
export const UNKNOWN_DEFAULT = Symbol('unknown default');

/**
 * The value a column's declared default gives, from `PRAGMA table_info`'s text of it: a string, number or NULL
 * literal, possibly in parentheses. No default at all is NULL, as SQLite fills it.
 */
export function parseSqlLiteral(text: string | null): unknown {
  if (text === null) return null;
  const t = text.trim();
  if (t.startsWith('(') && t.endsWith(')')) return parseSqlLiteral(t.slice(1, -1));
  if (/^'(?:[^']|'')*'$/s.test(t)) return t.slice(1, -1).replace(/''/g, "'");
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return Number(t);
  if (/^null$/i.test(t)) return null;
  return UNKNOWN_DEFAULT;
}

/** Each column of a table with the value its default gives. */
export function columnDefaults(db: Database, table: string): Map<string, unknown> {
  const columns = db.pragma(`table_info(${table})`) as { name: string; dflt_value: string | null }[];
  return new Map(columns.map((c) => [c.name, parseSqlLiteral(c.dflt_value)]));
}
