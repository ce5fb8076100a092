import type { Database } from 'better-sqlite3';
import type { Finding } from '../domain/finding';
import type { DecisionView } from '../domain/records';
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
}

function toView(r: DecisionRow): DecisionView {
  return {
    id: r.id,
    nominationId: r.nomination_id,
    decision: r.decision,
    from: r.from_status,
    resolutionNumber: r.resolution_number,
    resolutionDate: r.resolution_date,
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
  const row = stmt(db, 'SELECT * FROM decision WHERE id = ?').get(id) as DecisionRow;
  return toView(row);
}

/** A nomination's decisions, oldest first. */
export function listDecisions(db: Database, nominationId: number): DecisionView[] {
  return (stmt(db, 'SELECT * FROM decision WHERE nomination_id = ? ORDER BY id').all(nominationId) as DecisionRow[]).map(toView);
}
