import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { commissionName } from '../domain/commission';
import { formatDate, localAt, utcOffsetLabel } from '../domain/dates';
import { translator } from '../domain/i18n';
import type { ReportId } from '../domain/records';
import type { Lang, Localized } from '../domain/types';
import type { ElectionRecord } from '../ledger/elections';
import { journalHead } from '../ledger/journal';
import { stmt } from '../ledger/statements';
import type { ReportTitle } from './model';

/** What every report reads: the ledger, the election, the reader's language and who asked when. */
export interface ReportContext {
  db: Database;
  election: ElectionRecord;
  lang: Lang;
  t: TFunction;
  order: 'submitted' | 'alphabetical';
  /** The election's regions by code, in the reader's language. */
  regions: Map<string, string>;
  /** A catalog word, looked up once per report: a 100,000-row report repeats a handful of labels. */
  label(key: string): string;
}

export function reportContext(db: Database, election: ElectionRecord, lang: Lang, order: 'submitted' | 'alphabetical'): ReportContext {
  const regions = new Map<string, string>();
  const rows = stmt(db, 'SELECT code, name_kk, name_ru, name_en FROM region WHERE election_id = ? ORDER BY id').all(election.id) as {
    code: string;
    name_kk: string;
    name_ru: string;
    name_en: string;
  }[];
  for (const r of rows) regions.set(r.code, pick({ kk: r.name_kk, ru: r.name_ru, en: r.name_en }, lang));
  const t = translator(lang, 'core');
  const labels = new Map<string, string>();
  const label = (key: string): string => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = t(key)));
    return text;
  };
  return { db, election, lang, t, order, regions, label };
}

export const pick = (name: Localized, lang: Lang): string => name[lang] || name.ru || name.kk || name.en;


/** dd.mm.yyyy hh:mm (UTC+6): the time at the commission's seat, named, whatever the machine's zone. */
export function seatStamp(d: Date, utcOffsetHours: number): string {
  const { date, time } = localAt(d, utcOffsetHours);
  return `${formatDate(date)} ${time} (${utcOffsetLabel(utcOffsetHours)})`;
}

/** An instant as the seat's ISO date-time (YYYY-MM-DDTHH:MM), which the workbook writes as a real date. */
export function seatIso(instant: string, utcOffsetHours: number): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const { date, time } = localAt(d, utcOffsetHours);
  return `${date}T${time}`;
}

/**
 * The title block: the election's commission, as its settings name it; and the journal's position and head hash,
 * which tie a printout to the ledger state it shows.
 */
export function reportTitle(rc: ReportContext, report: ReportId, actor: string, now: Date): ReportTitle {
  const { election, t } = rc;
  const head = journalHead(rc.db);
  return {
    commission: commissionName(election.commission, rc.lang),
    election: pick(election.name, rc.lang),
    report: t(`report.name.${report}`),
    generatedAt: seatStamp(now, election.utcOffsetHours),
    generatedBy: actor,
    journalHead: head.hash,
    journalSeq: head.seq,
  };
}
