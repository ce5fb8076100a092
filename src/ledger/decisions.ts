import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import type { DecisionCorrection, DecisionView } from '../domain/records';
import type { Decision, NominationStatus } from '../domain/types';
import { canonicalJson } from './canonical';
import { recordChange, type Actor, type Subject } from './record';
import { stmt } from './statements';

export interface NewDecision {
  nominationId: number;
  decision: Decision;
  from: NominationStatus;
  resolutionNumber: string;
  resolutionDate: string;
  grounds: { rules: string[]; text: string };
  findings: Finding[];
}

interface DecisionRow {
  id: number;
  nomination_id: number;
  decision: Decision;
  from_status: NominationStatus;
  resolution_number: string;
  resolution_date: string;
  grounds: string;
  findings: string;
  actor: string;
  at: string;
  corrects: number | null;
  correction_reason: string;
}

/** A decision as first recorded, with its corrections oldest first: the values in force are the last correction's. */
function toView(r: DecisionRow, corrections: readonly DecisionRow[]): DecisionView {
  let from = { resolutionNumber: r.resolution_number, resolutionDate: r.resolution_date };
  const corrected: DecisionCorrection[] = corrections.map((c) => {
    const to = { resolutionNumber: c.resolution_number, resolutionDate: c.resolution_date };
    const correction = { id: c.id, from, to, reason: c.correction_reason, actor: c.actor, at: c.at };
    from = to;
    return correction;
  });
  return {
    id: r.id,
    nominationId: r.nomination_id,
    decision: r.decision,
    from: r.from_status,
    resolutionNumber: from.resolutionNumber,
    resolutionDate: from.resolutionDate,
    recorded: { resolutionNumber: r.resolution_number, resolutionDate: r.resolution_date },
    corrections: corrected,
    grounds: JSON.parse(r.grounds) as DecisionView['grounds'],
    findings: JSON.parse(r.findings) as Finding[],
    actor: r.actor,
    at: r.at,
  };
}

/** Records a decision of the commission (rows are never changed: triggers refuse it) and journals it. */
export function insertDecision(db: Database, who: Actor, d: NewDecision, subject: Subject): DecisionView {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO decision (nomination_id, decision, from_status, resolution_number, resolution_date, grounds, findings,
       actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.nominationId, d.decision, d.from, d.resolutionNumber, d.resolutionDate, canonicalJson(d.grounds),
    canonicalJson(d.findings), who.actor, who.at);
  const id = Number(lastInsertRowid);
  recordChange(db, who, 'decision.create', 'decision', id, subject);
  return mustGetDecision(db, id);
}

export interface Correction {
  resolutionNumber: string;
  resolutionDate: string;
  reason: string;
}

/**
 * Adds a correction of a decision's resolution number or date: a new row with the decision's outcome, grounds and
 * findings, pointing at the decision as first recorded, which stays as it was. Returns the new row's id; the caller
 * journals it (one correction on its own, or a list's correction with each of its candidates' decisions).
 */
export function insertCorrectionRow(db: Database, who: Actor, decisionId: number, c: Correction): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO decision (nomination_id, decision, from_status, resolution_number, resolution_date, grounds, findings,
       actor, at, corrects, correction_reason)
     SELECT nomination_id, decision, from_status, ?, ?, grounds, findings, ?, ?, id, ? FROM decision WHERE id = ?`,
  ).run(c.resolutionNumber, c.resolutionDate, who.actor, who.at, c.reason, decisionId);
  return Number(lastInsertRowid);
}

/** Records and journals one correction of a decision; the journal row says what it was and what it is now. */
export function correctDecision(db: Database, who: Actor, decision: DecisionView, c: Correction, subject: Subject): void {
  const id = insertCorrectionRow(db, who, decision.id, c);
  const before = { resolutionNumber: decision.resolutionNumber, resolutionDate: decision.resolutionDate };
  const after = { resolutionNumber: c.resolutionNumber, resolutionDate: c.resolutionDate };
  recordChange(db, who, 'decision.correct', 'decision', id, subject, { correction: { decisionId: decision.id, decision: decision.decision, before, after, reason: c.reason } });
}

function correctionsOf(db: Database, decisionId: number): DecisionRow[] {
  return stmt(db, 'SELECT * FROM decision WHERE corrects = ? ORDER BY id').all(decisionId) as DecisionRow[];
}

/** A decision as first recorded, with its corrections; undefined for a correction's own row or no row at all. */
export function getDecision(db: Database, id: number): DecisionView | undefined {
  const row = stmt(db, 'SELECT * FROM decision WHERE id = ? AND corrects IS NULL').get(id) as DecisionRow | undefined;
  return row && toView(row, correctionsOf(db, row.id));
}

function mustGetDecision(db: Database, id: number): DecisionView {
  const d = getDecision(db, id);
  if (!d) throw new Error(`decision ${id} vanished after insert`);
  return d;
}

/** A nomination's decisions, oldest first, each with its corrections and the values in force. */
export function listDecisions(db: Database, nominationId: number): DecisionView[] {
  const rows = stmt(db, 'SELECT * FROM decision WHERE nomination_id = ? ORDER BY id').all(nominationId) as DecisionRow[];
  return rows.filter((r) => r.corrects === null).map((r) => toView(r, rows.filter((c) => c.corrects === r.id)));
}
