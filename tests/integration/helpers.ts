import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Service } from '../../src/service';
import type { InputOf, MethodName, Outputs } from '../../src/service/contract';
import { DOCUMENTS, type Documents, type NominationInput, type PersonInput } from '../../src/domain/types';

export interface Desk {
  dir: string;
  path: string;
  ledger: Ledger;
  service: Service;
  /** Calls a method and returns its value, failing the test with the error when the call fails. */
  must<M extends MethodName>(method: M, input: InputOf<M>): Outputs[M];
  /** Closes and opens the ledger file again, as a restart of the desk would. */
  reopen(): void;
  close(): void;
}

/** A real ledger in a fresh temporary folder, with the service over it: no mocked database. */
export function openDesk(actor = 'clerk.test', now?: () => Date): Desk {
  const dir = mkdtempSync(join(tmpdir(), 'tizim-test-'));
  const path = join(dir, 'ledger.sqlite');
  const options = { actor, ...(now ? { now } : {}) };
  const ledger = openLedger(path);
  return {
    dir,
    path,
    ledger,
    service: createService(ledger, options),
    must(method, input) {
      const result = this.service.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as Outputs[typeof method];
    },
    reopen() {
      this.ledger.close();
      this.ledger = openLedger(path);
      this.service = createService(this.ledger, options);
    },
    close() {
      this.ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function person(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    surname: 'Ұзақов',
    givenName: 'Әлихан',
    patronymic: 'Серікұлы',
    iin: '871008301420',
    birthDate: '1987-10-08',
    sex: 'male',
    citizenship: 'KZ',
    disability: false,
    residenceRegion: 'astana',
    residenceSettlement: 'Астана',
    education: 'higher',
    occupation: 'инженер',
    workplace: 'ТОО «Құрылыс»',
    partyMembership: '',
    nationality: '',
    declarations: { incapacity: 'no', imprisonment: 'no', criminalRecord: 'no', corruption: 'no' },
    serviceRestriction: '',
    ...overrides,
    residentSince: overrides.residentSince ?? overrides.birthDate ?? '1987-10-08',
  };
}

/** Every document handed in: a nomination that lacks nothing. */
export const ALL_DOCUMENTS: Documents = Object.fromEntries(DOCUMENTS.map((d) => [d, 'received']));

/** A nomination received in good time with every document; kind and the rest as the test needs. */
export function nomination(overrides: Partial<NominationInput> & Pick<NominationInput, 'kind'>): NominationInput {
  return {
    partyId: null,
    associationName: '',
    districtId: null,
    listPosition: null,
    receivedOn: '2023-02-01',
    receivedTime: '10:00',
    documents: ALL_DOCUMENTS,
    ...overrides,
  };
}

export const TEST_ADMIN = { login: 'admin', fullName: 'Әкімші Айгерім', password: 'пароль администратора 2023' };

/**
 * The ledger's first administrator (made once), signed in over the host as a browser would: the session cookie the
 * host sets, to send back with every request.
 */
export async function hostSession(desk: Desk, port: number, token: string): Promise<string> {
  if ((desk.service.call('auth.status', {}) as { value?: { firstRun: boolean } }).value?.firstRun)
    await desk.service.callAsync('users.createFirst', TEST_ADMIN);
  const reply = await fetch(`http://127.0.0.1:${port}/api/auth.signIn`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: TEST_ADMIN.login, password: TEST_ADMIN.password }),
  });
  const cookie = reply.headers.get('set-cookie') ?? '';
  const session = /^(tizim_session=[A-Za-z0-9_-]+);/.exec(cookie)?.[1];
  if (session === undefined) throw new Error(`no session cookie: ${cookie} ${await reply.text()}`);
  return session;
}
