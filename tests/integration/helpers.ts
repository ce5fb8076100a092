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
