import type { TFunction } from 'i18next';
import type { Lang } from '../domain/types';
import type { CliWho } from './open-service';

/** What a command needs from its surroundings, passed in so that the commands stay plain functions. */
export interface CliContext {
  lang: Lang;
  t: TFunction;
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** Rewrites the progress line on the terminal (null clears it); absent when stderr is not a terminal. */
  progress?: (line: string | null) => void;
  /** Set by a command whose answer is no without an error to report (verify found a bad row). */
  exitCode: number;
  /** Who the command acts as: `--user` (and their password) on a ledger with users, else `--actor` or the OS user. */
  who(actorOption?: string): CliWho;
}
