import { z } from 'zod';
import { listJournal } from '../ledger/journal-read';
import { verifyLedger } from '../ledger/verify';
import { method } from './method';
import { id, none, paging, text } from './schemas';

export const journalMethods = {
  'journal.list': method.answer({
    permission: 'observer',
    input: z.strictObject({ entity: text(40).optional(), entityId: id.optional(), ...paging }),
    handler: (input, ctx) => listJournal(ctx.db, { entity: input.entity, entityId: input.entityId }, input.offset, input.limit),
  }),
  'journal.verify': method.answer({ permission: 'observer', job: true, input: none, handler: (_, ctx) => verifyLedger(ctx.db) }),
};
