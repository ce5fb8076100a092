import { listJournal } from '../ledger/journal-read';
import { verifyLedger } from '../ledger/verify';
import type { Context } from './context';
import type { ParsedInput } from './schemas';

export const journalHandlers = {
  'journal.list': (input: ParsedInput<'journal.list'>, ctx: Context) =>
    listJournal(ctx.db, { entity: input.entity, entityId: input.entityId }, input.offset, input.limit),
  'journal.verify': (_: ParsedInput<'journal.verify'>, ctx: Context) => verifyLedger(ctx.db),
};
