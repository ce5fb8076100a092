import { z } from 'zod';
import { journalFacets, listJournal } from '../ledger/journal-read';
import { verifyLedger, VerifyStopped } from '../ledger/verify';
import { method } from './method';
import { Refusal } from './result';
import { id, none, paging, text } from './schemas';

/** An instant as the journal stores it (ISO 8601, UTC). */
const instant = z.iso.datetime();

export const journalMethods = {
  'journal.list': method.answer({
    permission: 'observer',
    input: z.strictObject({
      entity: text(40).optional(),
      entityId: id.optional(),
      /** Who made the change, as the journal names them. */
      actor: text(200).optional(),
      action: text(60).optional(),
      /** The entries from this instant (inclusive) to that one (exclusive). */
      from: instant.optional(),
      to: instant.optional(),
      /** A candidate's entries, by the person's IIN. */
      iin: z.string().regex(/^\d{12}$/).optional(),
      /** Words of the entry's subject (a name, an IIN, a party) or of its actor. */
      query: text(200).optional(),
      ...paging,
    }),
    handler: (input, ctx) => {
      const { offset, limit, ...filter } = input;
      return listJournal(ctx.db, filter, offset, limit);
    },
  }),
  /** The actors and actions the journal holds: the choices of its filters. */
  'journal.facets': method.answer({ permission: 'observer', input: none, handler: (_, ctx) => journalFacets(ctx.db) }),
  'journal.verify': method.answer({
    permission: 'observer',
    job: 'reads',
    cancellable: true,
    input: none,
    handler: (_, ctx) => {
      const job = ctx.job();
      try {
        return verifyLedger(ctx.db, { onProgress: (p) => job.report(p.done, p.total), stopped: () => job.stopped() });
      } catch (e) {
        if (e instanceof VerifyStopped) throw new Refusal({ code: 'cancelled', messageKey: 'error.cancelled' });
        throw e;
      }
    },
  }),
};
