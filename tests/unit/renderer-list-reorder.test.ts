import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { makeQueryClient } from '../../src/renderer/queries/client';
import { candidatePages } from '../../src/renderer/queries/candidates';
import { ListReorder, listSummaries, partyList, reorderKey } from '../../src/renderer/queries/lists';
import { results } from '../../src/renderer/queries/results';
import { NO_FILTERS } from '../../src/renderer/screens/candidates/filters';
import type { ListMember, ListView } from '../../src/service/views';

// The party list editor's reordering, driven as the editor drives it: a QueryClient holding the list, and the desk
// behind the renderer's own transport (the preload bridge), answering `lists.reorder` when the test lets it. The desk
// keeps the list's version as the service does and refuses an order sent with an old one.

const ELECTION = 1;
const PARTY = 7;
const KEY = partyList.queryKey(ELECTION, PARTY, 'submitted');

function member(nominationId: number, position: number): ListMember {
  return {
    nominationId, personId: nominationId, version: 1, position, surname: `Фамилия${nominationId}`, givenName: 'Имя',
    patronymic: '', iin: '', birthDate: '1980-01-01', sex: 'female', disability: false, youth: false,
    status: 'nominated', errors: 0, warnings: 0, mandate: false, ballot: 'waiting',
  };
}

function listOf(order: readonly number[], version: number): ListView {
  return {
    electionId: ELECTION, partyId: PARTY, partyCode: 'p', shortName: 'P', name: { kk: 'P', ru: 'P', en: 'P' }, short: { kk: 'P', ru: 'P', en: 'P' },
    status: 'submitted', resolutionNumber: null, resolutionDate: null, registeredOrder: null, version, maxLength: 10,
    quota: { length: order.length, count: order.length, required: 1, share: 1, missing: 0, compliant: true, women: order.length, youth: 0, disabled: 0 },
    findings: [], votes: null, seats: null, mandates: null,
    corrections: [], members: order.map((id, i) => member(id, i + 1)), departed: [],
  };
}

interface Sent {
  version: number;
  order: number[];
}

/** The service's side of `lists.reorder`: one list, its version, and the answers held until released. */
class Desk {
  version = 1;
  order = [11, 12, 13];
  sent: Sent[] = [];
  refuse = false;
  private held: (() => void)[] = [];

  call = (method: string, input: unknown): Promise<unknown> => {
    if (method !== 'lists.reorder') return Promise.resolve({ ok: false, error: { code: 'unknown-method', messageKey: 'error.unknownMethod' } });
    const request = input as Sent;
    this.sent.push({ version: request.version, order: request.order });
    return new Promise((resolve) => this.held.push(() => resolve(this.answer(request))));
  };

  private answer(request: Sent): unknown {
    if (this.refuse) return { ok: false, error: { code: 'invalid-input', messageKey: 'error.listOrder', field: 'order' } };
    if (request.version !== this.version) return { ok: false, error: { code: 'stale', messageKey: 'error.stale' } };
    this.version += 1;
    this.order = request.order;
    return { ok: true, value: listOf(this.order, this.version) };
  }

  /** Answers the oldest request on its way, and lets the renderer take the answer in. */
  async release(): Promise<void> {
    this.held.shift()?.();
    await settle();
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let desk: Desk;
let client: QueryClient;
let reorder: ListReorder;
const shown = (): { order: number[]; positions: number[]; version: number } => {
  const list = client.getQueryData<ListView>(KEY);
  return { order: list?.members.map((m) => m.nominationId) ?? [], positions: list?.members.map((m) => m.position) ?? [], version: list?.version ?? 0 };
};

beforeEach(() => {
  desk = new Desk();
  (globalThis as { tizim?: unknown }).tizim = { call: desk.call };
  client = makeQueryClient();
  client.setQueryData(KEY, listOf(desk.order, desk.version));
  reorder = new ListReorder(client, ELECTION, PARTY);
});

afterEach(() => {
  delete (globalThis as { tizim?: unknown }).tizim;
  client.clear();
});

describe('reordering a party list', () => {
  it('shows a move at once, numbered afresh, and then holds the order the service kept', async () => {
    const kept = reorder.keep([12, 11, 13]);
    await settle();
    expect(shown()).toEqual({ order: [12, 11, 13], positions: [1, 2, 3], version: 1 });
    expect(client.isMutating({ mutationKey: reorderKey(ELECTION, PARTY) })).toBe(1);
    expect(desk.sent).toEqual([{ version: 1, order: [12, 11, 13] }]);

    await desk.release();
    expect(await kept).toBeNull();
    expect(shown()).toEqual({ order: [12, 11, 13], positions: [1, 2, 3], version: 2 });
    expect(client.isMutating({ mutationKey: reorderKey(ELECTION, PARTY) })).toBe(0);
  });

  it('puts back the order the service last confirmed when it refuses, and says why', async () => {
    desk.refuse = true;
    const kept = reorder.keep([13, 12, 11]);
    await settle();
    expect(shown().order).toEqual([13, 12, 11]);

    await desk.release();
    expect(await kept).toMatchObject({ code: 'invalid-input', messageKey: 'error.listOrder' });
    expect(shown()).toEqual({ order: [11, 12, 13], positions: [1, 2, 3], version: 1 });
    expect(client.isMutating({ mutationKey: reorderKey(ELECTION, PARTY) })).toBe(0);
  });

  it('sends the moves made while one is on its way together after it, on the version it returned', async () => {
    const first = reorder.keep([12, 11, 13]);
    await settle();
    expect(await reorder.keep([12, 13, 11])).toBeNull();
    expect(await reorder.keep([13, 12, 11])).toBeNull();
    // Every move shows at once, but only one request is on its way.
    expect(shown().order).toEqual([13, 12, 11]);
    expect(desk.sent).toHaveLength(1);

    await desk.release();
    // The first answer does not put its own order back on screen over the clerk's later moves.
    expect(shown()).toMatchObject({ order: [13, 12, 11], version: 2 });
    expect(desk.sent).toEqual([
      { version: 1, order: [12, 11, 13] },
      { version: 2, order: [13, 12, 11] },
    ]);

    await desk.release();
    expect(await first).toBeNull();
    expect(shown()).toEqual({ order: [13, 12, 11], positions: [1, 2, 3], version: 3 });
    expect(desk.order).toEqual([13, 12, 11]);
    expect(desk.sent).toHaveLength(2);
  });

  it('drops the moves made on top of a refused one: the list is back as the service has it', async () => {
    const first = reorder.keep([12, 11, 13]);
    await settle();
    await reorder.keep([12, 13, 11]);
    desk.refuse = true;

    await desk.release();
    expect(await first).toMatchObject({ messageKey: 'error.listOrder' });
    expect(shown()).toEqual({ order: [11, 12, 13], positions: [1, 2, 3], version: 1 });
    expect(desk.sent).toHaveLength(1);

    // The next move starts from that list, with its version, and goes through.
    desk.refuse = false;
    const again = reorder.keep([11, 13, 12]);
    await settle();
    await desk.release();
    expect(await again).toBeNull();
    expect(desk.sent[1]).toEqual({ version: 1, order: [11, 13, 12] });
    expect(shown()).toMatchObject({ order: [11, 13, 12], version: 2 });
  });

  it('leaves the list as answered, and marks what shows positions as stale; the seats are not', async () => {
    const summaries = listSummaries.queryKey(ELECTION);
    const table = [...candidatePages.queryKey(ELECTION, NO_FILTERS), 0];
    const seats = results.queryKey(ELECTION);
    for (const key of [summaries, table, seats]) client.setQueryData(key, {});

    const kept = reorder.keep([12, 11, 13]);
    await settle();
    await desk.release();
    await kept;
    expect(client.getQueryState(summaries)?.isInvalidated).toBe(true);
    expect(client.getQueryState(table)?.isInvalidated).toBe(true);
    expect(client.getQueryState(KEY)?.isInvalidated).toBe(false);
    expect(client.getQueryState(seats)?.isInvalidated).toBe(false);
  });
});
