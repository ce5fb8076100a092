import { existsSync } from 'node:fs';
import { LedgerError, openLedger, type Ledger } from '../ledger/index';
import { createService, type Service } from '../service/index';
import type { Result } from '../service/result';
import { CliFailure, EXIT } from './failure';

export interface Opened {
  ledger: Ledger;
  service: Service;
}

/**
 * Opens the ledger and the service over it. `mustExist` is for the commands that only read: they must not leave an
 * empty new ledger behind when the clerk mistyped the path.
 */
export function openService(path: string, actor: string, mustExist: boolean): Opened {
  if (mustExist && !existsSync(path)) throw new CliFailure('message.noLedger', { path }, EXIT.cannotRun);
  let ledger: Ledger;
  try {
    ledger = openLedger(path);
  } catch (error) {
    if (error instanceof LedgerError) throw new CliFailure(error.messageKey, error.params, EXIT.cannotRun);
    throw new CliFailure(
      'error.ledgerOpen',
      { path, detail: error instanceof Error ? error.message : String(error) },
      EXIT.cannotRun,
    );
  }
  return { ledger, service: createService(ledger, { actor }) };
}

export async function withService<T>(
  path: string,
  actor: string,
  mustExist: boolean,
  work: (service: Service) => T | Promise<T>,
): Promise<T> {
  const { ledger, service } = openService(path, actor, mustExist);
  try {
    return await work(service);
  } finally {
    ledger.close();
  }
}

/** The value of a result, or a CliFailure carrying the service's message key. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.messageKey, result.error.params ?? {}, EXIT.refused);
  return result.value as T;
}
