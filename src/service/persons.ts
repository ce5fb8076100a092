import { hasErrors } from '../domain/finding';
import { checkPersonFormat } from '../domain/format-checks';
import type { PersonView } from '../domain/records';
import type { PersonInput } from '../domain/types';
import type { Actor } from '../ledger/record';
import { getPerson, insertPerson, listPersons, personIdByIin, updatePerson } from '../ledger/persons';
import type { Context } from './context';
import { Refusal } from './result';
import type { ParsedInput } from './schemas';

/** Refuses a person whose data has error findings; the same checks the form runs as the clerk types. */
export function assertPersonFormat(person: PersonInput, ctx: Context): void {
  const findings = checkPersonFormat(person, ctx.today());
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
  if (!updatePerson(ctx.db, who, id, version, person)) throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
}

export const personHandlers = {
  'persons.create': (input: ParsedInput<'persons.create'>, ctx: Context) =>
    mustGetPerson(ctx, ctx.write((who) => createPersonIn(ctx, who, input.person))),
  'persons.update': (input: ParsedInput<'persons.update'>, ctx: Context) => {
    ctx.write((who) => updatePersonIn(ctx, who, input.id, input.version, input.person));
    return mustGetPerson(ctx, input.id);
  },
  'persons.get': (input: ParsedInput<'persons.get'>, ctx: Context) => mustGetPerson(ctx, input.id),
  'persons.search': (input: ParsedInput<'persons.search'>, ctx: Context) =>
    listPersons(ctx.db, input.query, 0, input.limit).rows,
  'persons.list': (input: ParsedInput<'persons.list'>, ctx: Context) =>
    listPersons(ctx.db, input.query, input.offset, input.limit),
};
