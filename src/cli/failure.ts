/** An expected failure of a command: a catalog key, its parameters and the exit code. Never printed with a stack. */
export class CliFailure extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly exitCode = 1,
  ) {
    super(messageKey);
  }
}

/** Exit codes: 0 done; 1 the command ran and the answer is no (verify found a bad row, the service refused); 2 the
 *  command could not run (bad usage, no ledger, a ledger it cannot open). */
export const EXIT = { ok: 0, refused: 1, cannotRun: 2 } as const;
