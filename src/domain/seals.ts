import type { MessageParams } from './finding';

// What the desk says about its seals and backups (issue 14): the shapes the service answers and the CLI and the
// screens word, each problem by a catalog key (`seal.problem.<reason>`) with these as its parameters.

/** Why a ledger does not hold a seal, or a backup's journal. */
export type SealProblem =
  | { reason: 'unreadable' }
  | { reason: 'signature' }
  | { reason: 'otherKey'; keyId: string }
  | { reason: 'keyMissing' }
  | { reason: 'otherLedger'; ledgerId: string; found: string }
  | { reason: 'shorter'; seq: number; entries: number; at: string }
  | { reason: 'differs'; seq: number; at: string };

/** A seal as the screens show it. */
export interface SealView {
  seq: number;
  headHash: string;
  at: string;
  keyId: string;
}

/** One backup in the administrator's folder. */
export interface BackupView {
  name: string;
  at: string;
  seq: number;
  bytes: number;
  sealed: boolean;
}

export interface BackupStatus {
  /** The folder the desk writes its backups into; null until the administrator chooses one. */
  folder: string | null;
  keep: number;
  /** The settings row's version, for a change made on an old view. */
  version: number;
  /** Newest first. */
  backups: BackupView[];
  /** The newest backup, or null. */
  last: BackupView | null;
  /** No backup, or the last one older than a day: the desk warns. */
  stale: boolean;
  /** The ledger now: its journal's position, and whether changes were made since the last backup. */
  journal: { seq: number; headHash: string };
  changedSinceLast: boolean;
  /** The desk's last seal of the ledger, and whether the ledger still holds it. */
  lastSeal: SealView | null;
  trust: SealProblem | null;
  /** The desk's own backups: how often it makes one while changes are made (null where no schedule runs), and the last try. */
  automatic: { everyMinutes: number | null; last: AutomaticBackup | null };
}

/** When the desk backs the ledger up by itself: on its schedule, or as it closes. */
export type BackupOccasion = 'schedule' | 'closing';

/** What came of the desk's last backup of its own: the backup made, or why it was not (a catalog key). */
export interface AutomaticBackup {
  occasion: BackupOccasion;
  at: string;
  /** The backup made; null when it failed. */
  name: string | null;
  error: { messageKey: string; params?: MessageParams } | null;
}
