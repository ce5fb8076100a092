import { existsSync } from 'node:fs';
import { LedgerError, openLedger, type Ledger } from '../ledger/index';
import { createService, type Caller, type Service, type ServiceOptions } from '../service/index';
import { trustProblem } from '../service/ledger-files';
import type { Result } from '../service/result';
import { CliFailure, EXIT } from './failure';
import { placesOf } from './seal-options';

export interface Opened {
  ledger: Ledger;
  service: Service;
}

/** Who the command acts as: the journal's name on a ledger without users, else a user on file and their password. */
export interface CliWho {
  actor: string;
  /** `--user`: the sign-in name. */
  user?: string | undefined;
  /** The user's password, asked only when a user is named (TIZIM_PASSWORD, or a prompt on a terminal). */
  password?: () => Promise<string>;
}

/**
 * Opens the ledger and the service over it. `mustExist` is for the commands that only read: they must not leave an
 * empty new ledger behind when the clerk mistyped the path.
 */
export function openService(
  path: string,
  actor: string,
  mustExist: boolean,
  more: Omit<ServiceOptions, 'actor'> = {},
  /** How long a write may block this thread waiting for another connection's write (openLedger). */
  busyTimeoutMs?: number,
  /** False for the commands that look into an untrusted ledger on purpose: verify, seal --replace, restore. */
  trusting = true,
): Opened {
  if (mustExist && !existsSync(path)) throw new CliFailure('message.noLedger', { path }, EXIT.cannotRun);
  let ledger: Ledger;
  try {
    ledger = openLedger(path, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  } catch (error) {
    if (error instanceof LedgerError) throw new CliFailure(error.messageKey, error.params, EXIT.cannotRun);
    throw new CliFailure(
      'error.ledgerOpen',
      { path, detail: error instanceof Error ? error.message : String(error) },
      EXIT.cannotRun,
    );
  }
  if (trusting) refuseUntrusted(ledger, path);
  return { ledger, service: createService(ledger, { actor, ...more }) };
}

/**
 * The desk's last seal of this ledger is kept outside it; a ledger whose journal no longer holds it was rolled back
 * or rewritten behind the desk, and no command works on it until the administrator has looked (tizim verify).
 */
function refuseUntrusted(ledger: Ledger, path: string): void {
  const problem = trustProblem(ledger.db, placesOf(path, undefined, process.env));
  if (problem === null) return;
  ledger.close();
  throw new CliFailure('seal.untrusted', { ...problem, path }, EXIT.refused);
}

/** The service as one caller uses it: each call made as the signed-in user (or as the local actor). */
function actingAs(service: Service, caller: Caller): Service {
  return {
    ...service,
    call: (method, input, _caller, job) => service.call(method, input, caller, job),
    callAsync: (method, input, _caller, job) => service.callAsync(method, input, caller, job),
    prepareFile: (method, input, _caller, job) => service.prepareFile(method, input, caller, job),
    streamFile: (method, input, out, _caller, job) => service.streamFile(method, input, out, caller, job),
  };
}

/** Signs the named user in for this command, or refuses with the service's words. */
async function signedIn(service: Service, who: CliWho): Promise<Caller> {
  if (who.user === undefined) return 'local';
  const password = who.password ? await who.password() : '';
  const result = await service.callAsync('auth.signIn', { login: who.user, password }, { session: null, origin: 'cli' });
  if (!result.ok) throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
  return { session: (result.value as { session: string }).session, origin: 'cli' };
}

export async function withService<T>(
  path: string,
  who: CliWho | string,
  mustExist: boolean,
  work: (service: Service, ledger: Ledger) => T | Promise<T>,
  trusting = true,
): Promise<T> {
  const acting: CliWho = typeof who === 'string' ? { actor: who } : who;
  // One command, one caller: its import may hold a snapshot and then the write lock while it reads the file, so a
  // desk saving every second cannot make it plan again and again until it gives up busy (issue 14, item 6).
  const { ledger, service } = openService(path, acting.actor, mustExist, { ownThread: true }, undefined, trusting);
  try {
    const caller = await signedIn(service, acting);
    try {
      return await work(actingAs(service, caller), ledger);
    } finally {
      // The command's session ends with it, journaled, whether the work was done or refused.
      if (caller !== 'local') await service.callAsync('auth.signOut', {}, caller);
    }
  } finally {
    ledger.close();
  }
}

/** The value of a result, or a CliFailure carrying the service's message key. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
  return result.value as T;
}
