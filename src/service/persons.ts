import { z } from 'zod';
import { hasErrors } from '../domain/finding';
import { checkPersonFormat } from '../domain/format-checks';
import type { PersonView } from '../domain/records';
import { foldedFullName } from '../domain/names';
import type { PersonInput } from '../domain/types';
import type { Actor } from '../ledger/record';
import { distinguishedFrom, markDistinct, namesakesOf, withdrawDistinction } from '../ledger/namesakes';
import { getPerson, insertPerson, listPersons, personIdByIin, updatePerson } from '../ledger/persons';
import type { Context, Zone } from './context';
import { method } from './method';
import { requiredReason } from './reason';
import { Refusal } from './result';
import { id, paging, personSchema, text } from './schemas';

/**
 * A person belongs to no one election, so no one commission's date: a date of theirs is "in the future" only once it
 * is in the future everywhere, at UTC+14. A nomination checks its person again at its own election's date.
 */
const ANYWHERE: Zone = { utcOffsetHours: 14 };

/** Refuses a person whose data has error findings; the same checks the form runs as the clerk types. */
export function assertPersonFormat(person: PersonInput, ctx: Context): void {
  const findings = checkPersonFormat(person, ctx.today(ANYWHERE));
  if (hasErrors(findings)) throw new Refusal({ code: 'findings', messageKey: 'error.findings', findings });
}

function assertIinFree(ctx: Context, iin: string, exceptId?: number): void {
  const holder = personIdByIin(ctx.db, iin);
  if (holder !== undefined && holder !== exceptId)
    throw new Refusal({ code: 'conflict', messageKey: 'error.iinTaken', params: { iin, personId: holder }, field: 'iin' });
}

export function mustGetPerson(ctx: Context, id: number): PersonView {
  const person = getPerson(ctx.db, id);
  if (!person) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'personId' });
  return person;
}

/** Inside a write: stores a new person after its checks. */
export function createPersonIn(ctx: Context, who: Actor, person: PersonInput): number {
  assertPersonFormat(person, ctx);
  assertIinFree(ctx, person.iin);
  return insertPerson(ctx.db, who, person);
}

/** Inside a write: changes a person as of `version`, or refuses when someone changed it meanwhile. */
export function updatePersonIn(ctx: Context, who: Actor, id: number, version: number, person: PersonInput): void {
  mustGetPerson(ctx, id);
  assertPersonFormat(person, ctx);
  assertIinFree(ctx, person.iin, id);
  if (updatePerson(ctx.db, who, id, version, person) === 'stale') throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
}

/**
 * The commission's statement that two persons with the same name and birth date are different people (issue 11):
 * kept once per pair and journaled, after which neither is warned about the other. Said again, it writes nothing;
 * said again after it was taken back, it is renewed.
 */
function distinguish(input: { personId: number; otherId: number }, ctx: Context) {
  ctx.write((who) => {
    const a = mustGetPerson(ctx, input.personId);
    const b = mustGetPerson(ctx, input.otherId);
    if (a.id === b.id || foldedFullName(a) !== foldedFullName(b) || a.birthDate !== b.birthDate)
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.notNamesakes', field: 'otherId' });
    markDistinct(ctx.db, who, a.id, b.id);
  });
  const person = mustGetPerson(ctx, input.personId);
  return { personId: person.id, namesakes: namesakesOf(ctx.db, person, person.id) };
}

/**
 * Takes back "not the same person" (a mark made on the wrong pair, or the commission has since found them to be one
 * person): the reason is journaled with who took it back, and the warning is on both again. The statement as made
 * stays in the ledger, with its take-back beside it.
 */
function withdraw(input: { personId: number; otherId: number; reason: string }, ctx: Context) {
  const reason = requiredReason(input.reason);
  ctx.write((who) => {
    const a = mustGetPerson(ctx, input.personId);
    const b = mustGetPerson(ctx, input.otherId);
    if (!withdrawDistinction(ctx.db, who, a.id, b.id, reason))
      throw new Refusal({ code: 'conflict', messageKey: 'error.notDistinguished', field: 'otherId' });
  });
  const person = mustGetPerson(ctx, input.personId);
  return { personId: person.id, namesakes: namesakesOf(ctx.db, person, person.id) };
}

export const personMethods = {
  'persons.create': method.answer({
    permission: 'clerk',
    input: z.strictObject({ person: personSchema }),
    handler: (input, ctx) => mustGetPerson(ctx, ctx.write((who) => createPersonIn(ctx, who, input.person))),
  }),
  'persons.update': method.answer({
    permission: 'clerk',
    input: z.strictObject({ id, version: id, person: personSchema }),
    handler: (input, ctx) => {
      ctx.write((who) => updatePersonIn(ctx, who, input.id, input.version, input.person));
      return mustGetPerson(ctx, input.id);
    },
  }),
  'persons.get': method.answer({ permission: 'observer', input: z.strictObject({ id }), handler: (input, ctx) => mustGetPerson(ctx, input.id) }),
  /** "Not the same person": two persons of the same name and birth date under other IINs, told apart for good. */
  'persons.distinguish': method.answer({ permission: 'clerk', input: z.strictObject({ personId: id, otherId: id }), handler: distinguish }),
  /** "Not the same person" taken back, with the reason: whoever may mark a pair may take the mark back. */
  'persons.undistinguish': method.answer({
    permission: 'clerk',
    input: z.strictObject({ personId: id, otherId: id, reason: text(1000) }),
    handler: withdraw,
  }),
  /** Whom this person stands marked as different from: the form lists them, each with its take-back. */
  'persons.distinguished': method.answer({
    permission: 'observer',
    input: z.strictObject({ personId: id }),
    handler: (input, ctx) => distinguishedFrom(ctx.db, mustGetPerson(ctx, input.personId).id),
  }),
  'persons.search': method.answer({
    permission: 'observer',
    input: z.strictObject({ query: text(200), limit: z.number().int().min(1).max(50).default(10) }),
    handler: (input, ctx) => listPersons(ctx.db, input.query, 0, input.limit).rows,
  }),
  'persons.list': method.answer({
    permission: 'observer',
    input: z.strictObject({ query: text(200).default(''), ...paging }),
    handler: (input, ctx) => listPersons(ctx.db, input.query, input.offset, input.limit),
  }),
};
