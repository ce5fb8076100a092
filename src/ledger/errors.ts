/** A ledger that cannot be used as it is: the message is a catalog key, as the service's errors are. */
export class LedgerError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`);
    this.name = 'LedgerError';
  }
}
