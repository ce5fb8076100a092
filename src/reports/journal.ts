import type { JournalRow } from '../ledger/journal';
import { stmt } from '../ledger/statements';
import { utcOffsetLabel } from '../domain/dates';
import type { Localized } from '../domain/types';
import { pick, seatIso, type ReportContext } from './context';
import { sheetName, type ReportSheet } from './model';

// The journal extract: every row oldest first, its action named in the reader's language and its subject (the
// person, party or list it is about, as it was then), with its hash so the extract can be checked against the ledger.

type Row = Pick<JournalRow, 'seq' | 'at' | 'actor' | 'action' | 'entity' | 'hash'> & { subject: string | null };

export function journalSheets(rc: ReportContext): ReportSheet[] {
  const { t } = rc;
  const c = (key: string): string => t(`report.column.${key}`);
  const rows = stmt(
    rc.db,
    `SELECT seq, at, actor, action, entity, hash, json_extract(change, '$.subject') AS subject FROM journal ORDER BY seq`,
  ).all() as Row[];
  return [
    {
      name: sheetName(t('report.sheet.journal'), new Set()),
      columns: [
        { header: c('seq'), width: 8, kind: 'integer' },
        // The seat's time, named: a journal read in another zone must not be mistaken for local time.
        { header: `${c('time')} (${utcOffsetLabel(rc.election.utcOffsetHours)})`, width: 17, kind: 'datetime' },
        { header: c('actor'), width: 16 },
        { header: c('action'), width: 30 },
        { header: c('entity'), width: 16 },
        { header: c('summary'), width: 44 },
        { header: c('hash'), width: 68 },
      ],
      rows: rows.map((r) => [
        r.seq,
        seatIso(r.at, rc.election.utcOffsetHours),
        r.actor,
        t(`action.${r.action}`, { defaultValue: r.action }),
        t(`entity.${r.entity}`, { defaultValue: r.entity }),
        subjectText(r.subject, rc),
        r.hash,
      ]),
    },
  ];
}

function subjectText(subject: string | null, rc: ReportContext): string | null {
  if (subject === null) return null;
  // A localized subject (an election's or a party's name) is stored as a JSON object.
  if (subject.startsWith('{')) {
    try {
      return pick(JSON.parse(subject) as Localized, rc.lang);
    } catch {
      return subject;
    }
  }
  return subject;
}
